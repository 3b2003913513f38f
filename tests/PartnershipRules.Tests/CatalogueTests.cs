using PartnershipRules.Cases;
using PartnershipRules.Evaluation;
using Snapshooter.Xunit;

namespace PartnershipRules.Tests;

/// <summary>The default catalogue against the example cases and fixtures.</summary>
public class CatalogueTests
{
    private static readonly PartnershipAnalyzer Analyzer = PartnershipAnalyzer.CreateDefault();

    private static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "rules", "examples", name + ".yaml");

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "cases", name + ".yaml");

    private static AnalysisResult Analyze(string path)
    {
        var load = CaseFile.Load(path);
        Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics));
        return Analyzer.Analyze(load.Case!);
    }

    private static IEnumerable<string> AllCases() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "rules", "examples"), "*.yaml")
            .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "cases"), "*.yaml"));

    [Fact]
    public void Default_catalogue_loads_cleanly_and_has_the_first_slice()
    {
        var catalogue = Analyzer.Catalogue;
        Assert.Empty(catalogue.Diagnostics);
        Assert.True(catalogue.Rules.Count >= 15);
        Assert.All(catalogue.Rules, r => Assert.Contains(r.Citations, c => c.Source.IsSourcePaper));
    }

    [Fact]
    public void Every_rule_fires_does_not_fire_and_lacks_information_on_some_case()
    {
        var outcomes = AllCases().SelectMany(path => Analyze(path).Results).GroupBy(r => r.RuleId).ToDictionary(g => g.Key, g => g.Select(r => r.Outcome).ToHashSet());
        Assert.All(Analyzer.Rules, rule =>
        {
            var seen = outcomes[rule.Id];
            Assert.True(seen.Contains(Outcome.Fired) && seen.Contains(Outcome.NotFired) && seen.Contains(Outcome.InsufficientInformation), $"{rule.Id}: seen {string.Join(", ", seen)}");
        });
    }

    [Fact]
    public void Healthy_partnership_gets_no_barrier_or_avoid_findings()
    {
        var result = Analyze(Example("youth-transitions"));
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Sparse_case_gets_insufficient_information_not_barriers()
    {
        var result = Analyze(Example("sparse-intake"));
        Assert.Empty(result.Findings);
        Assert.Equal(result.Results.Count, result.InsufficientInformation.Count);
        Assert.All(result.InsufficientInformation, r => Assert.All(r.MissingFacts, m => Assert.False(string.IsNullOrWhiteSpace(m.Question), m.Location.Path)));
    }

    [Fact]
    public void Troubled_regeneration_partnership_is_advised_against_and_located_in_its_file()
    {
        var result = Analyze(Example("community-regeneration"));
        Assert.Contains(result.Findings, f => f.RuleId == "PR4007");
        Assert.Contains(result.Findings, f => f.RuleId == "PR7002" && f.Location.Path.StartsWith("partners[", StringComparison.Ordinal));
        Assert.All(result.Findings, f => Assert.NotNull(f.Location.Source));
    }

    [Fact]
    public void Outcomes_of_every_example_match_the_snapshot()
    {
        var table = AllCases()
            .OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal)
            .ToDictionary(p => Path.GetFileNameWithoutExtension(p), p => Analyze(p).Results.ToDictionary(r => r.RuleId, r => r.Outcome.ToString()));
        Snapshot.Match(table);
    }
}
