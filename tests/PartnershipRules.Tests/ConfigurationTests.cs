using PartnershipRules.Configuration;
using PartnershipRules.Diagnostics;
using PartnershipRules.Engine;
using PartnershipRules.Facts;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Tests;

/// <summary>Severity configuration: the file format, each layer of the precedence, and what "none" does.</summary>
public class ConfigurationTests
{
    private static readonly RuleCatalogue Catalogue = RuleCatalogue.LoadDefault();

    // PR3002 (barriers, warning by default) fires on two partners with different funding bases.
    private static readonly Partnership TwoFundingBases = new()
    {
        Name = "Riverside",
        Partners = new[]
        {
            new Partner { Name = "Council", FundingBasis = FundingBasis.StatutoryAllocation },
            new Partner { Name = "Tenants", FundingBasis = FundingBasis.CompetitiveGrants },
        },
    };

    private static AnalyzerConfiguration File(string yaml)
    {
        var read = ConfigurationFile.Parse("partnershiprules.yaml", yaml);
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        return read.Configuration!;
    }

    private static EffectiveSeverity Resolve(AnalyzerOptions options, string id = "PR3002") =>
        SeverityResolver.Resolve(Catalogue, options).Severities.Single(s => s.Rule.Id == id);

    [Fact]
    public void Each_layer_overrides_the_one_below_it()
    {
        var categoryOnly = File("severity:\n  categories:\n    barriers: suggestion\n");
        var categoryAndRule = File("severity:\n  categories:\n    barriers: suggestion\n  rules:\n    PR3002: error\n");

        var byDefault = Resolve(AnalyzerOptions.Default);
        Assert.Equal((Severity.Suggestion, SeveritySource.RuleDefault), (byDefault.Severity, byDefault.Source));

        var fileCategory = Resolve(new AnalyzerOptions { Configuration = categoryOnly });
        Assert.Equal((Severity.Suggestion, SeveritySource.FileCategory, 3), (fileCategory.Severity, fileCategory.Source, fileCategory.Location!.Line));

        var fileRule = Resolve(new AnalyzerOptions { Configuration = categoryAndRule });
        Assert.Equal((Severity.Error, SeveritySource.FileRule, 5), (fileRule.Severity, fileRule.Source, fileRule.Location!.Line));

        var hostCategory = Resolve(new AnalyzerOptions
        {
            Configuration = categoryAndRule,
            CategorySeverities = new Dictionary<RuleCategory, Severity> { [RuleCategory.Barriers] = Severity.Silent },
        });
        Assert.Equal((Severity.Silent, SeveritySource.HostCategory), (hostCategory.Severity, hostCategory.Source));

        var hostRule = Resolve(new AnalyzerOptions
        {
            Configuration = categoryAndRule,
            CategorySeverities = new Dictionary<RuleCategory, Severity> { [RuleCategory.Barriers] = Severity.Silent },
            RuleSeverities = new Dictionary<string, Severity> { ["PR3002"] = Severity.Warning },
        });
        Assert.Equal((Severity.Warning, SeveritySource.HostRule), (hostRule.Severity, hostRule.Source));
    }

    [Fact]
    public void Findings_carry_the_effective_severity()
    {
        var analyzer = new PartnershipAnalyzer(Catalogue, new AnalyzerOptions { Configuration = File("severity:\n  rules:\n    PR3002: error\n") });
        Assert.Equal(Severity.Error, analyzer.Analyze(TwoFundingBases).Findings.Single(f => f.RuleId == "PR3002").Severity);
        Assert.Equal(Severity.Suggestion, new PartnershipAnalyzer(Catalogue).Analyze(TwoFundingBases).Findings.Single(f => f.RuleId == "PR3002").Severity);
    }

    [Fact]
    public void None_hides_a_rule_but_composites_still_see_its_outcome()
    {
        // PR1013 (no substantive reason) is composite over the reason rules; hiding PR1002 must not change it.
        var partnership = new Partnership { Reasons = new[] { new StatedReason { Code = ReasonCode.FillGap, EvidenceRecorded = true } } };
        var hidden = new PartnershipAnalyzer(Catalogue, new AnalyzerOptions { RuleSeverities = new Dictionary<string, Severity> { ["PR1002"] = Severity.None } });
        var result = hidden.Analyze(partnership);
        Assert.DoesNotContain(result.Results, r => r.RuleId == "PR1002");
        Assert.Equal(Outcome.NotFired, result.Results.Single(r => r.RuleId == "PR1013").Outcome);
    }

    [Fact]
    public void A_setting_for_a_rule_that_does_not_exist_is_an_error_not_ignored()
    {
        var resolution = SeverityResolver.Resolve(Catalogue, new AnalyzerOptions { Configuration = File("severity:\n  rules:\n    PR3O02: none\n") });
        var diagnostic = Assert.Single(resolution.Diagnostics);
        Assert.Equal(("PRL014", 3, 5), (diagnostic.Id, diagnostic.Location!.Line, diagnostic.Location.Column));
        Assert.Contains("PR3002", diagnostic.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new PartnershipAnalyzer(Catalogue, new AnalyzerOptions { RuleSeverities = new Dictionary<string, Severity> { ["PR3O02"] = Severity.None } }));
    }

    [Theory]
    [InlineData("severity:\n  categories:\n    barrier: error\n", "PRL005", 3, 5)]
    [InlineData("severity:\n  rules:\n    PR3002: loud\n", "PRL005", 3, 13)]
    [InlineData("severity:\n  rule:\n    PR3002: none\n", "PRL002", 2, 3)]
    [InlineData("parameters:\n  PR4007.minimumBarriers: many\n", "PRL004", 2, 27)]
    [InlineData("rules: []\n", "PRG001", 1, 1)]
    public void Mistakes_in_the_file_are_located(string yaml, string id, int line, int column)
    {
        var read = ConfigurationFile.Parse("partnershiprules.yaml", yaml);
        Assert.Null(read.Configuration);
        var diagnostic = Assert.Single(read.Diagnostics, d => d.IsError);
        Assert.Equal((id, line, column), (diagnostic.Id, diagnostic.Location!.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void Parameters_in_the_file_reach_the_catalogue()
    {
        var configuration = File("parameters:\n  PR4007.minimumBarriers: 6\n");
        var catalogue = RuleCatalogue.LoadDefault(new RuleCatalogueOptions { Parameters = configuration.Parameters });
        Assert.Equal(6, catalogue.Rules.Single(r => r.Id == "PR4007").Parameters.Single().Value);
    }
}
