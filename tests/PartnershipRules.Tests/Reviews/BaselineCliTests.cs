using System.Text.Json;
using System.Text.RegularExpressions;

namespace PartnershipRules.Tests.Reviews;

/// <summary>
/// <c>check --baseline PREVIOUS.json|.sarif</c> (issue 17): the findings marked new, unchanged or changed, the earlier
/// ones resolved, the report led by what changed, SARIF <c>baselineState</c> valid against the OASIS schema, and
/// <c>--fail-on-new</c> failing only on what is new.
/// </summary>
public sealed class BaselineCliTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("pr-baseline-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>
    /// The example as it was, and at its next review: alternatives considered and process costs estimated (two findings
    /// resolved), replication now intended (one new), its last partner gone and a newcomer in (findings that named them changed).
    /// </summary>
    private (string Then, string Now) Versions()
    {
        var (before, partners, after) = LargeCases.Partners("community-regeneration");
        var then = Write("then.yaml", LargeCases.WithPartners(before, partners, after));
        var newcomer = partners[^1].Select(l => Regex.Replace(Regex.Replace(l, @"^    - id: (\S+)", "    - id: NEW1"), @"^      name: (.*)$", "      name: Newcomers' Forum")).ToList();
        var changed = before.Select(l => l switch
        {
            "  alternativesConsidered: false" => "  alternativesConsidered: true",
            "  processCostsEstimated: false" => "  processCostsEstimated: true",
            "  replicationIntended: false" => "  replicationIntended: true",
            _ => l,
        }).ToArray();
        var now = Write("now.yaml", LargeCases.WithPartners(changed, partners.Take(partners.Count - 1).Append(newcomer), after));
        return (then, now);
    }

    private string Baseline(string caseFile, string format)
    {
        var report = Path.Combine(_folder.FullName, "baseline." + format);
        var (exit, _, error) = ToolRunner.Run("check", caseFile, "--format", format, "--output", report, "--fail-on", "never");
        Assert.True(exit == 0, error);
        return report;
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void A_review_marks_every_finding_and_lists_the_resolved_ones(string baselineFormat)
    {
        var (then, now) = Versions();
        var baseline = Baseline(then, baselineFormat);

        var (exit, output, error) = ToolRunner.Run("check", now, "--baseline", baseline, "--format", "json", "--fail-on", "never");

        Assert.True(exit == 0, error);
        using var report = JsonDocument.Parse(output);
        var entry = report.RootElement.GetProperty("cases")[0];
        var review = entry.GetProperty("review");
        var states = entry.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("baselineState").GetString()).ToList();
        Assert.Equal(review.GetProperty("new").GetInt32(), states.Count(s => s == "new"));
        Assert.Equal(review.GetProperty("unchanged").GetInt32(), states.Count(s => s == "unchanged"));
        Assert.Equal(review.GetProperty("changed").GetInt32(), states.Count(s => s == "updated"));
        Assert.Equal(1, review.GetProperty("new").GetInt32());
        Assert.Equal(new[] { "PR4005", "PR7001" }, review.GetProperty("resolved").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()).Order(StringComparer.Ordinal));
        Assert.True(review.GetProperty("changed").GetInt32() > 0, "findings that named the departed partner or name the newcomer have changed");
        Assert.Contains(entry.GetProperty("findings").EnumerateArray(), f => f.GetProperty("baselineState").GetString() == "updated" && f.GetProperty("records").EnumerateArray().Any(r => r.GetString() == "partner:NEW1"));
        Assert.True(review.GetProperty("unchanged").GetInt32() > review.GetProperty("changed").GetInt32(), "most findings stand as they were");
    }

    [Fact]
    public void The_text_report_leads_with_what_changed_since_the_last_review()
    {
        var (then, now) = Versions();

        var (_, output, _) = ToolRunner.Run("check", now, "--baseline", Baseline(then, "json"), "--fail-on", "never");

        var lines = output.Split('\n');
        Assert.StartsWith("Since the last review (2026-09-22, ", lines[1], StringComparison.Ordinal);
        Assert.Contains("resolved, ", lines[2], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("    new: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("    resolved: ", StringComparison.Ordinal));
        Assert.True(Array.FindIndex(lines, l => l.StartsWith("Since the last review", StringComparison.Ordinal)) < Array.FindIndex(lines, l => l.StartsWith("Verdict:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Markdown_and_html_lead_with_what_changed_too()
    {
        var (then, now) = Versions();
        var baseline = Baseline(then, "json");

        var markdown = ToolRunner.Run("check", now, "--baseline", baseline, "--format", "markdown", "--fail-on", "never").Out;
        Assert.True(markdown.IndexOf("## Since the last review", StringComparison.Ordinal) is var at && at > 0 && at < markdown.IndexOf("## Verdict", StringComparison.Ordinal), markdown);
        Assert.Contains("- Resolved: **PR4005** ", markdown, StringComparison.Ordinal);
        Assert.Contains("- New: **", markdown, StringComparison.Ordinal);

        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(ToolRunner.Run("check", now, "--baseline", baseline, "--format", "html", "--fail-on", "never").Out);
        var sections = html.QuerySelectorAll("article.case > section").Select(e => e.ClassName).ToList();
        Assert.Equal("review", sections[0]);
        Assert.StartsWith("verdict", sections[1], StringComparison.Ordinal);
        Assert.Contains(html.QuerySelectorAll("section.review li.resolved"), li => li.TextContent.Contains("PR7001", StringComparison.Ordinal));
    }

    [SarifSchemaFact]
    public void Sarif_with_baseline_states_and_absent_results_validates_against_the_official_schema()
    {
        var (then, now) = Versions();

        var (_, output, error) = ToolRunner.Run("check", now, "--baseline", Baseline(then, "sarif"), "--format", "sarif", "--fail-on", "never");

        var errors = SarifTests.Schema.Value.Validate(output);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20).Select(e => e.ToString())) + error);
        using var log = JsonDocument.Parse(output);
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Where(r => r.TryGetProperty("partialFingerprints", out _)).ToList();
        Assert.Contains(results, r => r.GetProperty("baselineState").GetString() == "absent");
        Assert.Contains(results, r => r.GetProperty("baselineState").GetString() == "new");
        Assert.Contains(results, r => r.GetProperty("baselineState").GetString() == "unchanged");
    }

    [Fact]
    public void Fail_on_new_fails_only_on_what_the_baseline_did_not_have()
    {
        var (then, now) = Versions();
        var baseline = Baseline(then, "json");

        Assert.Equal(1, ToolRunner.Run("check", then, "--fail-on", "suggestion").Exit);
        Assert.Equal(0, ToolRunner.Run("check", then, "--baseline", baseline, "--fail-on", "suggestion", "--fail-on-new").Exit);
        Assert.Equal(1, ToolRunner.Run("check", now, "--baseline", baseline, "--fail-on", "suggestion", "--fail-on-new").Exit);
    }

    [Fact]
    public void A_baseline_that_is_not_a_report_is_refused_naming_it()
    {
        var notAReport = Write("notes.json", "{\"hello\": 1}");
        var (exit, _, error) = ToolRunner.Run("check", ToolRunner.Example("youth-transitions"), "--baseline", notAReport);
        Assert.Equal(2, exit);
        Assert.Contains("notes.json(1,1): error PRO009:", error, StringComparison.Ordinal);

        var (failOnNewAlone, _, alone) = ToolRunner.Run("check", ToolRunner.Example("youth-transitions"), "--fail-on-new");
        Assert.Equal(2, failOnNewAlone);
        Assert.Contains("--fail-on-new needs --baseline", alone, StringComparison.Ordinal);
    }

    [Fact]
    public void The_baseline_is_an_input_the_report_may_not_overwrite()
    {
        var (then, _) = Versions();
        var baseline = Baseline(then, "json");
        var before = File.ReadAllText(baseline);

        var (exit, _, _) = ToolRunner.Run("check", then, "--baseline", baseline, "--format", "json", "--output", baseline);

        Assert.Equal(2, exit);
        Assert.Equal(before, File.ReadAllText(baseline));
    }
}
