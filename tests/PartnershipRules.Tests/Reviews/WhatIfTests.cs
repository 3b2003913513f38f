using PartnershipRules.Cases;
using PartnershipRules.Engine;
using PartnershipRules.Facts;
using PartnershipRules.Model;

namespace PartnershipRules.Tests.Reviews;

/// <summary>What would change if some facts were otherwise (issue 17): <c>FactChange</c>, <c>PartnershipAnalyzer.WhatIf</c> and <c>explain --what-if</c>.</summary>
public sealed class WhatIfTests
{
    private static readonly PartnershipAnalyzer Analyzer = PartnershipAnalyzer.CreateDefault();

    private static PartnershipCase Example() => CaseFile.Load(ToolRunner.Example("community-regeneration")).Case!;

    private static FactChange Change(string text) => FactChange.TryParse(text, out var change) ? change! : throw new ArgumentException(text);

    [Fact]
    public void Setting_the_unstable_partner_stable_resolves_the_finding_about_it_and_leaves_the_case_as_recorded()
    {
        var recorded = Example();

        var outcome = Analyzer.WhatIf(recorded, new[] { Change("partners[DMC].stability=stable"), Change("forums[Partnership Board].communityVotes=true") });

        Assert.Contains(outcome.Review.Resolved, r => r.RuleId == "PR4002");
        Assert.Contains(outcome.AsRecorded.Findings, f => f.RuleId == "PR4002");
        Assert.DoesNotContain(outcome.WouldBe.Findings, f => f.RuleId == "PR4002");
        Assert.Empty(outcome.Review.New);
        Assert.Equal(PartnerStability.Unstable, recorded.Partnership.Partners![0].Stability.Value);
        Assert.Contains(outcome.Review.Profile, a => a.HasChanged);
    }

    [Fact]
    public void A_host_asks_its_advisor_the_same_question()
    {
        using var advisor = new Hosting.PartnershipAdvisor(new Hosting.PartnershipRulesOptions());
        Hosting.IPartnershipAdvisor asked = advisor;

        var outcome = asked.WhatIf(Example(), new[] { Change("alternativesConsidered=true") });

        Assert.Contains(outcome.Review.Resolved, r => r.RuleId == "PR4005");
    }

    [Theory]
    [InlineData("alternativesConsidered=true", "PR4005")]
    [InlineData("partnership.processCostsEstimated=true", "PR7001")]
    [InlineData("partners[0].stability=stable", "PR4002")]
    [InlineData("funding[Neighbourhood Renewal Challenge Fund, round 3].continuingSupportAvailable=true", "PR4004")]
    public void A_fact_named_by_path_id_name_or_position_is_set(string change, string resolved)
    {
        var outcome = Analyzer.WhatIf(Example(), new[] { Change(change) });
        Assert.Contains(outcome.Review.Resolved, r => r.RuleId == resolved);
    }

    [Fact]
    public void A_fact_in_a_nested_record_and_unknown_are_set()
    {
        var partnership = Change("involvement.stageLevels.agendaSettingPolicy=shares_decisions").ApplyTo(Example().Partnership);
        Assert.Equal("shares_decisions", Documents.Spelling.Of(partnership.Involvement!.StageLevels!.AgendaSettingPolicy.Value));
        Assert.Equal(FactState.Unknown, Change("alternativesConsidered=unknown").ApplyTo(partnership).AlternativesConsidered.State);
    }

    [Theory]
    [InlineData("forums[Board].communityVotes=true", "no decision forum is 'Board'. Name one by its id or name: Partnership Board, Delivery Group.")]
    [InlineData("forums[Partnership Board].comunityVotes=true", "Did you mean 'communityVotes'?")]
    [InlineData("partners[DMC].stability=wobbly", "'wobbly' is not a value of stability; write one of stable, unstable, or unknown.")]
    [InlineData("partners=none", "a change sets one value")]
    public void A_change_that_names_nothing_or_gives_a_wrong_value_says_what_to_write(string change, string message)
    {
        var ex = Assert.Throws<ArgumentException>(() => Change(change).ApplyTo(Example().Partnership));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_what_if_shows_what_would_be_resolved_and_the_verdict_then_and_now()
    {
        var (exit, output, error) = ToolRunner.Run("explain", ToolRunner.Example("community-regeneration"), "--what-if", "partners[DMC].stability=stable", "--what-if", "funding[Neighbourhood Renewal Challenge Fund, round 3].continuingSupportAvailable=true");

        Assert.True(exit == 0, error);
        Assert.StartsWith("What if partners[DMC].stability=stable, funding[", output, StringComparison.Ordinal);
        Assert.Contains("  Verdict: RECONSIDER as recorded, ", output, StringComparison.Ordinal);
        Assert.Contains("finding(s) would be resolved:\n    PR4002 ", output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("    PR4004 ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("RECONSIDER with these facts", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_what_if_with_a_rule_explains_it_under_the_changed_facts_first()
    {
        var (exit, output, error) = ToolRunner.Run("explain", "PR4002", ToolRunner.Example("community-regeneration"), "--what-if", "partners[DMC].stability=stable");

        Assert.True(exit == 0, error);
        Assert.StartsWith("PR4002: ", output, StringComparison.Ordinal);
        Assert.Contains("Outcome: did not fire.", output, StringComparison.Ordinal);
        Assert.Contains("What if partners[DMC].stability=stable:", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stability", "is not FACT=VALUE for --what-if")]
    [InlineData("forums[Board].communityVotes=true", "no decision forum is 'Board'")]
    public void A_bad_what_if_exits_two_saying_what_to_write(string change, string message)
    {
        var (exit, _, error) = ToolRunner.Run("explain", ToolRunner.Example("community-regeneration"), "--what-if", change);
        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
