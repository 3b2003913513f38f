using PartnershipRules.Benchmarks;
using PartnershipRules.Facts;
using PartnershipRules.Model;
using PartnershipRules.RuleTesting;

namespace PartnershipRules.Benchmarks.Tests;

/// <summary>
/// The baselines measure the same thing as the analyzer: the floor gives every rule the same outcome, message and
/// missing facts as NRules, and RulesEngine fires exactly the translated rules NRules fires. Checked on the example
/// cases, on every rule-test case in rules/tests, and on generated cases (typical, sparse and large). No timings.
/// </summary>
public class AgreementTests
{
    private static readonly Lazy<IReadOnlyList<(string Name, PartnershipCase Case)>> Cases = new(LoadCases);

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in Cases.Value)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Floor_gives_every_rule_the_outcome_and_result_NRules_gives(string name)
    {
        var item = Case(name);
        var nrules = Workload.Analyzer.Analyze(item).Results;
        var floor = Workload.Floor.Analyze(item).Results;
        Assert.Equal(nrules.Count, floor.Count);
        for (var i = 0; i < nrules.Count; i++)
        {
            Assert.Equal(nrules[i].RuleId, floor[i].RuleId);
            Assert.True(nrules[i].Outcome == floor[i].Outcome, $"{name} {nrules[i].RuleId}: NRules {nrules[i].Outcome}, floor {floor[i].Outcome}");
            Assert.Equal(nrules[i].Finding?.Message, floor[i].Finding?.Message);
            Assert.Equal(nrules[i].Finding?.Evidence.Select(e => e.Location.Path + "=" + e.Value), floor[i].Finding?.Evidence.Select(e => e.Location.Path + "=" + e.Value));
            Assert.Equal(nrules[i].MissingFacts.Select(m => m.Location.Path).Order(StringComparer.Ordinal), floor[i].MissingFacts.Select(m => m.Location.Path).Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Messages_read_without_a_trace_are_the_messages_a_full_trace_gives(string name)
    {
        var compared = Workload.Floor.MessagesBothWays(Case(name));
        foreach (var (rule, fast, traced) in compared)
        {
            Assert.True(fast == traced, $"{name} {rule}:\n  fast:   {fast}\n  traced: {traced}");
        }
    }

    [Fact]
    public void The_message_agreement_covers_matches_and_branch_labels()
    {
        // The comparison means something only if findings list matched items and print the branches that decided them.
        var all = Cases.Value.SelectMany(c => Workload.Floor.MessagesBothWays(c.Case)).ToList();
        Assert.True(all.Count > 1000, $"only {all.Count} findings compared");
        Assert.Contains(all, m => m.RuleId == "PR5012");
        Assert.True(all.Select(m => m.RuleId).Distinct().Count() > 150, "too few rules fired across the agreement cases");
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void RulesEngine_fires_the_translated_rules_NRules_fires(string name)
    {
        var item = Case(name);
        var peer = Workload.Peer;
        var nrules = Workload.Analyzer.Analyze(item).Results
            .Where(r => r.Outcome == Outcome.Fired && peer.Expressions.ContainsKey(r.RuleId))
            .Select(r => r.RuleId)
            .Order(StringComparer.Ordinal);
        var rulesEngine = peer.Fired(item.Partnership).Order(StringComparer.Ordinal);
        Assert.Equal(nrules, rulesEngine);
    }

    [Fact]
    public void Every_rule_is_translated_or_left_out_with_a_reason()
    {
        var peer = Workload.Peer;
        Assert.Equal(peer.Total, peer.Translated.Count + peer.Skipped.Count);
        Assert.All(peer.Skipped.Values, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));

        // Composite rules cannot be expressed (no forward chaining); most of the others must be, or the peer measures little.
        Assert.True(peer.Translated.Count >= peer.Total * 3 / 4, $"only {peer.Translated.Count} of {peer.Total} rules translated");
        Assert.DoesNotContain(peer.Skipped.Values, reason => reason.StartsWith("rejected", StringComparison.Ordinal));
    }

    [Fact]
    public void The_agreement_cases_include_fired_insufficient_and_not_applicable_outcomes_for_the_peer_to_match()
    {
        var outcomes = Cases.Value.SelectMany(c => Workload.Analyzer.Analyze(c.Case).Results).Select(r => r.Outcome).ToHashSet();
        Assert.Equal(4, outcomes.Count);
    }

    [Fact]
    public void Generated_cases_are_the_same_for_the_same_seed()
    {
        Assert.Equal(new CaseGenerator(7).NextJson(), new CaseGenerator(7).NextJson());
        Assert.NotEqual(new CaseGenerator(7).NextJson(), new CaseGenerator(8).NextJson());
        Assert.Equal(20, new CaseGenerator(7, CaseProfile.Typical, partners: 20, funding: 10, forums: 10).NextCase().Partnership.Partners!.Count);
    }

    private static PartnershipCase Case(string name) => Cases.Value.First(c => c.Name == name).Case;

    private static IReadOnlyList<(string Name, PartnershipCase Case)> LoadCases()
    {
        var cases = new List<(string, PartnershipCase)>();
        foreach (var example in Workload.ExampleNames())
        {
            cases.Add(("example " + example, Workload.Example(example)));
        }

        var suite = RuleTestSuite.LoadDirectories(new[] { Path.Combine(AppContext.BaseDirectory, "rules") });
        Assert.Empty(suite.Diagnostics);
        foreach (var test in suite.Cases)
        {
            cases.Add(("rule test " + Path.GetFileName(test.Location.FilePath) + ": " + test.Name, test.Partnership));
        }

        var typical = new CaseGenerator(101);
        var sparse = new CaseGenerator(202, CaseProfile.Sparse);
        for (var i = 0; i < 40; i++)
        {
            cases.Add(("generated typical " + i, typical.NextCase()));
            cases.Add(("generated sparse " + i, sparse.NextCase()));
        }

        cases.Add(("generated large", Workload.Large));
        return cases;
    }
}
