using PartnershipRules.Cases;
using PartnershipRules.Diagnostics;
using PartnershipRules.Engine;
using PartnershipRules.Facts;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;
using PartnershipRules.RuleLanguage.CodeRules;

namespace PartnershipRules.Tests;

/// <summary>A rule written in C# by the host runs beside the YAML catalogue, with its citation, outcomes and configuration.</summary>
public class CodeRuleTests
{
    private static readonly PartnershipCase Case =
        CaseFile.Load(Path.Combine(RepoFiles.Root, "rules", "examples", "community-regeneration.yaml")).Case!;

    private static CodeRule CrowdedTable(int limit = 5) => CodeRule.Create("ACME001", "Many organisations at the table")
        .Message("{name} has more organisations at the table than the board can hear.")
        .Category(RuleCategory.PowerAndRepresentation)
        .Kind(RuleKind.Risk)
        .Severity(Severity.Warning)
        .Description("Fires when more organisations are partners than our board can give a voice to.")
        .Advice("Agree which partners speak for a group of organisations at board meetings.")
        .Cites("tett-2005", "Partnerships", "Partners are clear about why they are collaborating together")
        .Reads("partners")
        .When(p => p.Partners is null ? Truth.Unknown : p.Partners.Count > limit ? Truth.True : Truth.False);

    private static PartnershipAnalyzer Analyzer(AnalyzerOptions? options, params CodeRule[] rules)
    {
        var catalogue = RuleCatalogue.LoadDefault(new RuleCatalogueOptions { CodeRules = rules });
        Assert.False(catalogue.HasErrors, string.Join("\n", catalogue.Diagnostics));
        return new PartnershipAnalyzer(catalogue, options ?? AnalyzerOptions.Default);
    }

    [Fact]
    public void A_csharp_rule_fires_alongside_the_yaml_catalogue_with_its_citation_and_evidence()
    {
        var result = Analyzer(null, CrowdedTable(limit: 2)).Analyze(Case);
        var finding = result.Findings.Single(f => f.RuleId == "ACME001");
        Assert.Equal("Braeside Renewal Partnership has more organisations at the table than the board can hear.", finding.Message);
        Assert.Equal("tett-2005", finding.Citations[0].Source.Key);
        Assert.Equal("Partnerships", finding.Citations[0].Section);
        Assert.Contains(finding.Evidence, e => e.Location.Path == "partners");
        Assert.Contains(result.Findings, f => f.RuleId.StartsWith("PR", StringComparison.Ordinal));
        Assert.True(result.IsComplete);
    }

    [Fact]
    public void A_csharp_rule_has_the_same_outcomes_including_insufficient_information_with_its_missing_facts()
    {
        var analyzer = Analyzer(null, CrowdedTable());
        var unknown = analyzer.Analyze(new Partnership { Name = "No partners recorded" }).Results.Single(r => r.RuleId == "ACME001");
        Assert.Equal(Outcome.InsufficientInformation, unknown.Outcome);
        Assert.Equal("partners", Assert.Single(unknown.MissingFacts).Location.Path);

        var quiet = analyzer.Analyze(new Partnership { Partners = new[] { new Partner { Name = "Council" } } });
        Assert.DoesNotContain(quiet.Findings, f => f.RuleId == "ACME001");
    }

    [Fact]
    public void Configuration_layers_and_suppressions_apply_to_csharp_rules()
    {
        var severities = new AnalyzerOptions { RuleSeverities = new Dictionary<string, Severity> { ["ACME001"] = Severity.Error } };
        Assert.Equal(Severity.Error, Analyzer(severities, CrowdedTable(2)).Analyze(Case).Findings.Single(f => f.RuleId == "ACME001").Severity);

        var suppressed = new PartnershipCase(Case.Partnership, Case.SourceMap, new[] { new Suppression("ACME001", "The board meets in two halves.") });
        Assert.True(Analyzer(null, CrowdedTable(2)).Analyze(suppressed).Findings.Single(f => f.RuleId == "ACME001").IsSuppressed);

        var layer = RuleSource.FromText("site.yaml", "overrides:\n  - rule: ACME001\n    severity: suggestion\n");
        var catalogue = RuleCatalogue.Load(RuleSource.DefaultCatalogue().Append(layer), new RuleCatalogueOptions { CodeRules = new[] { CrowdedTable(2) } });
        var rule = catalogue.Rules.Single(r => r.Id == "ACME001");
        Assert.Equal(("code", Severity.Suggestion), (rule.Layer, rule.DefaultSeverity));
        Assert.EndsWith("CodeRuleTests.cs", rule.Location!.FilePath, StringComparison.Ordinal);
    }

    [Fact]
    public void Mistakes_in_a_csharp_rule_are_diagnostics_at_the_line_that_created_it()
    {
        var rule = CodeRule.Create("ACME002", "Cites a work we do not have")
            .Advice("Nothing.")
            .Cites("tett-2006", "Partnerships", "a quote")
            .Reads("partnrs")
            .When(_ => Truth.True);
        var catalogue = RuleCatalogue.LoadDefault(new RuleCatalogueOptions { CodeRules = new[] { rule, CrowdedTable(), CrowdedTable() } });
        var unknownWork = Assert.Single(catalogue.Diagnostics, d => d.Id == "PRL011");
        Assert.EndsWith("CodeRuleTests.cs", unknownWork.Location!.FilePath, StringComparison.Ordinal);
        Assert.Contains("tett-2005", unknownWork.Message, StringComparison.Ordinal);
        Assert.Contains(catalogue.Diagnostics, d => d.Id == "PRL006" && d.Message.Contains("ACME001", StringComparison.Ordinal));
        Assert.DoesNotContain(catalogue.Rules, r => r.Id == "ACME002");

        var badPath = CodeRule.Create("ACME003", "Reads a fact that does not exist").Advice("Nothing.")
            .Cites("tett-2005", "Partnerships", "Partners are clear about why they are collaborating together").Reads("partnrs").When(_ => Truth.True);
        var unknownFact = Assert.Single(RuleCatalogue.LoadDefault(new RuleCatalogueOptions { CodeRules = new[] { badPath } }).Diagnostics, d => d.Id == "PRL007");
        Assert.Contains("Did you mean 'partners'", unknownFact.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_csharp_rule_that_throws_is_contained_and_the_other_rules_still_run()
    {
        var throwing = CodeRule.Create("ACME004", "Throws").Advice("Nothing.")
            .Cites("tett-2005", "Partnerships", "Partners are clear about why they are collaborating together")
            .When(_ => throw new InvalidOperationException("host bug"));
        var result = Analyzer(null, throwing).Analyze(Case);
        var failure = Assert.Single(result.Diagnostics, d => d.Message.Contains("ACME004", StringComparison.Ordinal));
        Assert.Equal("PRE001", failure.Id);
        Assert.Contains("host bug", failure.Message, StringComparison.Ordinal);
        Assert.Contains("partnership 'Braeside Renewal Partnership'", failure.Message, StringComparison.Ordinal);
        Assert.EndsWith("community-regeneration.yaml", failure.Location!.FilePath, StringComparison.Ordinal);
        Assert.False(result.IsComplete);
        Assert.Contains(result.Findings, f => f.RuleId == "PR9001");
    }

    [Fact]
    public void A_failure_while_building_a_finding_is_contained_too()
    {
        // True for the rule network's check, then a failure when the finding is built from the trace.
        var calls = 0;
        var flaky = CodeRule.Create("ACME006", "Fails on the second look").Advice("Nothing.")
            .Cites("tett-2005", "Partnerships", "Partners are clear about why they are collaborating together")
            .When(_ => System.Threading.Interlocked.Increment(ref calls) == 1 ? Truth.True : throw new InvalidOperationException("second look"));
        var result = Analyzer(null, flaky).Analyze(Case);
        var failure = Assert.Single(result.Diagnostics);
        Assert.Equal("PRE002", failure.Id);
        Assert.Contains("ACME006", failure.Message, StringComparison.Ordinal);
        Assert.False(result.IsComplete);
        Assert.Contains(result.Findings, f => f.RuleId == "PR9001");
    }

    [Fact]
    public void A_failure_while_tracing_the_evidence_is_contained_in_the_evaluation_not_thrown_at_the_reader()
    {
        // True for the rule network and for the message, then a failure when the evidence is traced.
        var calls = 0;
        var flaky = CodeRule.Create("ACME007", "Fails on the third look").Advice("Nothing.")
            .Cites("tett-2005", "Partnerships", "Partners are clear about why they are collaborating together")
            .When(_ => System.Threading.Interlocked.Increment(ref calls) <= 2 ? Truth.True : throw new InvalidOperationException("third look"));
        var result = Analyzer(null, flaky).Analyze(Case);
        var failure = Assert.Single(result.Diagnostics);
        Assert.Equal("PRE002", failure.Id);
        Assert.Contains("third look", failure.Message, StringComparison.Ordinal);
        Assert.False(result.IsComplete);
        Assert.All(result.Findings, f => Assert.NotNull(f.Evidence));
    }

    [Fact]
    public void A_result_keeps_its_diagnostics_when_the_same_thread_evaluates_again()
    {
        // Each thread reuses its session; what one evaluation reports must not change with the next.
        var failing = false;
        var rule = CodeRule.Create("ACME008", "Fails when told").Advice("Nothing.")
            .Cites("tett-2005", "Partnerships", "Partners are clear about why they are collaborating together")
            .When(_ => failing ? throw new InvalidOperationException("told to") : Truth.False);
        var analyzer = Analyzer(null, rule);
        var clean = analyzer.Analyze(Case);
        failing = true;
        var failed = analyzer.Analyze(Case);
        failing = false;
        var cleanAgain = analyzer.Analyze(Case);
        Assert.Empty(clean.Diagnostics);
        Assert.Single(failed.Diagnostics);
        Assert.Empty(cleanAgain.Diagnostics);
        Assert.Equal(clean.Findings.Select(f => f.RuleId), cleanAgain.Findings.Select(f => f.RuleId));
    }

    [Fact]
    public void The_builder_refuses_a_rule_without_advice_or_citation()
    {
        Assert.Throws<InvalidOperationException>(() => CodeRule.Create("ACME005", "No advice").When(_ => Truth.True));
        Assert.Throws<ArgumentException>(() => CodeRule.Create(" ", "No id"));
    }
}
