using System.Text.Json;
using System.Text.RegularExpressions;

namespace PartnershipRules.Tests.Reporting;

/// <summary>
/// Every output leads with the assessment: the README's example gives verdict, profile, priorities and questions in
/// its first 40 lines and stays under 200; detailed text still has every finding with its full citations; the
/// machine formats carry the assessment; citation notes travel with their citations into every format.
/// </summary>
public class AssessmentOutputTests
{
    private const string ReadmeExample = "community-regeneration";

    private static string Check(string example, string format = "text", string verbosity = "normal") => ToolRunner.Report(example, format, verbosity);

    private static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');

    [Fact]
    public void The_first_40_lines_give_the_verdict_the_profile_the_priorities_and_the_top_questions()
    {
        var lines = Lines(Check(ReadmeExample));
        var head = lines.Take(40).ToList();
        int Index(string start) => head.FindIndex(l => l.StartsWith(start, StringComparison.Ordinal));

        var verdict = Index("Verdict: ");
        var profile = Index("Profile by area");
        var priorities = Index("What to do first:");
        var questions = Index("Questions that would settle the most");
        Assert.True(verdict >= 0 && profile > verdict && priorities > profile && questions > priorities, string.Join("\n", head));
        Assert.StartsWith("Verdict: RECONSIDER.", head[verdict], StringComparison.Ordinal);
        Assert.Contains(head.Skip(priorities + 1), l => l.StartsWith("  1. warning PR4004", StringComparison.Ordinal));
        Assert.Contains(head.Skip(questions + 1), l => l.StartsWith("  1. Representative 'Alison Rennie' ", StringComparison.Ordinal));
        Assert.True(lines.Length < 200, $"{lines.Length} lines");
    }

    [Fact]
    public void Every_example_stays_under_200_lines_by_default_and_always_counts_what_lacked_information()
    {
        foreach (var example in ToolRunner.Examples)
        {
            var lines = Lines(Check(example));
            Assert.True(lines.Length < 200, $"{example}: {lines.Length} lines");
            Assert.Matches(new Regex(@"\d+ rule\(s\) with insufficient information \(--verbosity detailed lists the facts they need\)"), lines[^1]);
            Assert.DoesNotContain(lines, l => l.Contains("    needs ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Detailed_text_shows_every_finding_with_its_full_citations()
    {
        var detailed = Check(ReadmeExample, verbosity: "detailed");
        using var json = JsonDocument.Parse(Check(ReadmeExample, "json"));
        var findings = json.RootElement.GetProperty("cases")[0].GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(119, findings.Count);
        foreach (var finding in findings)
        {
            var id = finding.GetProperty("ruleId").GetString()!;
            var message = finding.GetProperty("message").GetString()!;
            Assert.Contains($" {id}: {message}", detailed, StringComparison.Ordinal);
            foreach (var citation in finding.GetProperty("citations").EnumerateArray())
            {
                var quote = citation.GetProperty("quote").GetString()!;
                Assert.Contains("\u201C" + quote + "\u201D", detailed, StringComparison.Ordinal);
                var line = Lines(detailed).First(l => l.StartsWith("        source: ", StringComparison.Ordinal) && l.Contains(quote, StringComparison.Ordinal));
                foreach (var work in citation.GetProperty("cites").EnumerateArray())
                {
                    Assert.Contains(ShortReference(work.GetProperty("reference").GetString()!), line, StringComparison.Ordinal);
                }
            }
        }

        Assert.Contains("    needs ", detailed, StringComparison.Ordinal);
    }

    // "Craig, G. and Taylor, M. (2002) Dangerous liaisons..." is cited in text as "Craig, G. and Taylor, M., 2002".
    private static string ShortReference(string full) => full[..Math.Max(0, full.IndexOf(" (", StringComparison.Ordinal))];

    [Fact]
    public void The_sparse_example_cannot_tell_yet_and_lists_ranked_questions_and_the_healthy_one_proceeds_with_strengths()
    {
        var sparse = Lines(Check("sparse-intake"));
        Assert.StartsWith("Verdict: CANNOT TELL YET.", sparse[1], StringComparison.Ordinal);
        var first = sparse.SkipWhile(l => !l.StartsWith("Questions that would settle", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.Length > 0).ToList();
        Assert.Equal(10, first.Count);

        var healthy = Lines(Check("youth-transitions"));
        Assert.StartsWith("Verdict: PROCEED.", healthy[1], StringComparison.Ordinal);
        Assert.Contains(healthy, l => Regex.IsMatch(l, @"^  Conditions that help partnerships work\s+strength\s"));
    }

    [Fact]
    public void Json_sarif_markdown_and_html_carry_the_assessment()
    {
        using var json = JsonDocument.Parse(Check(ReadmeExample, "json"));
        var assessment = json.RootElement.GetProperty("cases")[0].GetProperty("assessment");
        Assert.Equal("reconsider", assessment.GetProperty("verdict").GetProperty("kind").GetString());
        Assert.Equal(5, assessment.GetProperty("priorities").GetArrayLength());

        using var sarif = JsonDocument.Parse(Check(ReadmeExample, "sarif"));
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal("reconsider", run.GetProperty("properties").GetProperty("assessments")[0].GetProperty("assessment").GetProperty("verdict").GetProperty("kind").GetString());

        Assert.Contains("\n## Verdict: Reconsider", Check(ReadmeExample, "markdown"), StringComparison.Ordinal);
        Assert.Contains("<h2>Verdict: Reconsider</h2>", Check(ReadmeExample, "html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_links_the_findings_of_one_issue()
    {
        using var sarif = JsonDocument.Parse(Check(ReadmeExample, "sarif"));
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var negotiation = results.Where(r => r.GetProperty("properties").TryGetProperty("issue", out var issue) && issue.GetString() == "partnership/negotiationMechanism").ToList();
        Assert.Equal(new[] { "PR2015", "PR4007" }, negotiation.Select(r => r.GetProperty("ruleId").GetString()).OrderBy(r => r, StringComparer.Ordinal));
        foreach (var result in negotiation)
        {
            Assert.Equal(new[] { "PR2015", "PR4007" }, result.GetProperty("properties").GetProperty("issueRules").EnumerateArray().Select(r => r.GetString()));
            Assert.Equal(1, result.GetProperty("relatedLocations").EnumerateArray().Count(l => l.TryGetProperty("message", out var m) && m.GetProperty("text").GetString()!.StartsWith("Same issue:", StringComparison.Ordinal)));
        }
    }

    /// <summary>The contrast note on PR3003's Jones quote (barrier: cultures clash), which fires on the README's example.</summary>
    private const string ContrastNote = "Cited for the contrast only. Difference in ways of working towards the same outcomes";

    [Fact]
    public void A_citation_note_appears_beside_its_quote_in_text_markdown_html_and_sarif()
    {
        var text = Lines(Check(ReadmeExample, verbosity: "detailed"));
        Assert.Contains(text, l => l.Contains("source: Jones", StringComparison.Ordinal) && l.Contains("[note: " + ContrastNote, StringComparison.Ordinal));

        var markdown = Lines(Check(ReadmeExample, "markdown"));
        Assert.Contains(markdown, l => l.StartsWith("- Jones", StringComparison.Ordinal) && l.Contains("*Note: " + ContrastNote, StringComparison.Ordinal));

        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Check(ReadmeExample, "html"));
        Assert.Contains(html.QuerySelectorAll("blockquote.citation"), q => q.TextContent.Contains("Jones", StringComparison.Ordinal) && q.TextContent.Contains("Note: " + ContrastNote, StringComparison.Ordinal));

        using var sarif = JsonDocument.Parse(Check(ReadmeExample, "sarif"));
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "PR3003");
        Assert.Contains(result.GetProperty("properties").GetProperty("citations").EnumerateArray(), c => c.TryGetProperty("note", out var note) && note.GetString()!.StartsWith(ContrastNote, StringComparison.Ordinal));
    }
}
