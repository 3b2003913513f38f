using PartnershipRules.Facts;
using PartnershipRules.Reporting;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Tests;

/// <summary>The committed rule pages in rules/docs must be exactly what the catalogue generates.</summary>
public class RuleDocsTests
{
    private static readonly string RepoDocs = Path.Combine(RepoFiles.Rules, "docs");

    [Fact]
    public void Committed_rule_docs_are_current()
    {
        var pages = RuleDocsWriter.Generate(RuleCatalogue.LoadDefault());
        if (Environment.GetEnvironmentVariable("PARTNERSHIPRULES_UPDATE_DOCS") == "1")
        {
            Directory.CreateDirectory(RepoDocs);
            foreach (var stale in Directory.GetFiles(RepoDocs, "*.md").Where(f => !pages.ContainsKey(Path.GetFileName(f))))
            {
                File.Delete(stale);
            }

            foreach (var page in pages)
            {
                File.WriteAllText(Path.Combine(RepoDocs, page.Key), page.Value);
            }
        }

        var committed = Directory.Exists(RepoDocs) ? Directory.GetFiles(RepoDocs, "*.md").Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal) : new HashSet<string?>();
        var problems = pages.Where(p => !committed.Contains(p.Key) || File.ReadAllText(Path.Combine(RepoDocs, p.Key)).Replace("\r\n", "\n") != p.Value)
            .Select(p => p.Key + " is missing or out of date")
            .Concat(committed.Where(f => !pages.ContainsKey(f!)).Select(f => f + " has no rule"))
            .ToList();
        Assert.True(problems.Count == 0, "Run 'partnership-rules docs --output rules/docs' (or the tests with PARTNERSHIPRULES_UPDATE_DOCS=1) and commit:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Every_rule_links_to_its_page()
    {
        var catalogue = RuleCatalogue.LoadDefault();
        var pages = RuleDocsWriter.Generate(catalogue);
        Assert.All(catalogue.Rules, r =>
        {
            Assert.Equal("docs/" + r.Id + ".md", r.HelpLink);
            Assert.Contains(r.Id + ".md", (IDictionary<string, string>)pages.ToDictionary(p => p.Key, p => p.Value));
        });
        Assert.Contains("[PR4007](PR4007.md)", pages[RuleDocsWriter.IndexFile], StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_page_says_what_it_reads_and_cites_in_full()
    {
        var page = RuleDocsWriter.Generate(RuleCatalogue.LoadDefault())["PR3002.md"];
        Assert.Contains("`partners[].fundingBasis`", page, StringComparison.Ordinal);
        Assert.Contains("What is the main way the organisation is funded?", page, StringComparison.Ordinal);
        Assert.Contains("Studies in Continuing Education", page, StringComparison.Ordinal);
        Assert.Contains("\u201CDifferences in funding mechanisms and bases\u201D", page, StringComparison.Ordinal);
        Assert.Contains("[PTN-BAR-002](criteria.md#ptn-bar-002)", page, StringComparison.Ordinal);
    }
}
