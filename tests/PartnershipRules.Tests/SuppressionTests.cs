using PartnershipRules.Cases;
using PartnershipRules.Configuration;
using PartnershipRules.Engine;
using PartnershipRules.Facts;
using PartnershipRules.Model;

namespace PartnershipRules.Tests;

/// <summary>Suppressions: kept with their justification, never failing a check, and reported when unnecessary.</summary>
public class SuppressionTests
{
    private static readonly PartnershipAnalyzer Analyzer = PartnershipAnalyzer.CreateDefault();

    private const string UnstablePartner = """
        partnership:
          name: Glenarden Board
          partners:
            - {name: Council, stability: stable}
            - {name: Health Board, stability: unstable, statutoryDuty: false}
        """;

    private static CaseLoadResult Case(string suppressions) => CaseFile.Parse("case.yaml", UnstablePartner + "\n" + suppressions);

    [Fact]
    public void A_case_suppression_marks_the_finding_and_keeps_it()
    {
        var read = Case("suppressions:\n  - rule: PR4002\n    path: partners[1]\n    justification: Merger completes in December.\n");
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        var result = Analyzer.Analyze(read.Case!);
        var finding = result.Findings.Single(f => f.RuleId == "PR4002");
        Assert.True(finding.IsSuppressed);
        Assert.Equal("Merger completes in December.", finding.Suppression!.Justification);
        Assert.Equal(7, finding.Suppression.Location!.Line);
        Assert.Empty(result.UnmatchedSuppressions);
    }

    [Theory]
    [InlineData("partners[1]", true)]
    [InlineData("partners", true)]
    [InlineData("partners[10]", false)]
    [InlineData("partners[0]", false)]
    public void A_path_limits_the_suppression_to_that_fact_and_what_is_under_it(string path, bool suppressed)
    {
        var result = Analyzer.Analyze(Case($"suppressions:\n  - rule: PR4002\n    path: '{path}'\n    justification: reviewed\n").Case!);
        Assert.Equal(suppressed, result.Findings.Single(f => f.RuleId == "PR4002").IsSuppressed);
        Assert.Equal(suppressed ? 0 : 1, result.UnmatchedSuppressions.Count);
    }

    [Fact]
    public void A_suppression_for_one_record_of_several_leaves_the_finding_reported_with_that_part_marked()
    {
        const string TwoUnstable = """
            partnership:
              name: Glenarden Board
              partners:
                - {name: Council, stability: unstable, statutoryDuty: false}
                - {name: Health Board, stability: unstable, statutoryDuty: false}
            suppressions:
              - rule: PR4002
                path: partners[1]
                justification: Merger completes in December.
            """;

        var result = Analyzer.Analyze(CaseFile.Parse("case.yaml", TwoUnstable).Case!);
        var finding = result.Findings.Single(f => f.RuleId == "PR4002");

        Assert.False(finding.IsSuppressed);
        Assert.Equal("partners[1]", Assert.Single(finding.PartlySetAside).Path);
        Assert.Empty(result.UnmatchedSuppressions);
        Assert.True(result.Fails(finding.Severity));

        var text = ToolRunner.Run("check", "--fail-on", "never", "--verbosity", "detailed", WriteCase(TwoUnstable)).Out;
        Assert.Contains("set aside for partners[1] only (the finding concerns other records too): Merger completes in December.", text, StringComparison.Ordinal);
    }

    private static string WriteCase(string text)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("pr-partly-").FullName, "case.yaml");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_configuration_suppression_applies_to_every_case()
    {
        var configuration = ConfigurationFile.Parse("partnershiprules.yaml", "suppressions:\n  - rule: PR4002\n    justification: Known and managed.\n");
        Assert.False(configuration.HasErrors);
        var analyzer = new PartnershipAnalyzer(Analyzer.Catalogue, new AnalyzerOptions { Configuration = configuration.Configuration! });
        Assert.True(analyzer.Analyze(Case(string.Empty).Case!).Findings.Single(f => f.RuleId == "PR4002").IsSuppressed);
    }

    [Theory]
    [InlineData("suppressions:\n  - rule: PR4002\n", "PRL003", 7, 5)]
    [InlineData("suppressions:\n  - rule: PR4002\n    justification: '  '\n", "PRL005", 8, 20)]
    [InlineData("suppressions:\n  - rule: pr4002\n    justification: x\n", "PRL005", 7, 11)]
    [InlineData("suppressions:\n  - rule: PR4002\n    justification: x\n    reason: x\n", "PRL002", 9, 5)]
    public void A_suppression_needs_a_rule_and_a_justification(string suppressions, string id, int line, int column)
    {
        var read = Case(suppressions);
        Assert.Null(read.Case);
        var diagnostic = Assert.Single(read.Diagnostics, d => d.IsError);
        Assert.Equal((id, line, column), (diagnostic.Id, diagnostic.Location!.Line, diagnostic.Location.Column));
    }
}
