using PartnershipRules.Engine;
using PartnershipRules.Facts;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Tests;

/// <summary>
/// <c>balance</c>: a type decided by the signals that were recorded, as Jones describes her types by their dominant
/// features. Unrecorded signals do not hold back a type the recorded ones show; they are stated in the message.
/// </summary>
public class BalanceTests
{
    private static readonly HashSet<string> For = new(StringComparer.Ordinal) { "F1", "F2", "F3", "F4", "F5" };

    private static readonly HashSet<string> Against = new(StringComparer.Ordinal) { "A1", "A2", "A3", "A4", "A5", "A6" };

    // Outcomes as the rule network inserts them: a rule with no outcome did not fire.
    private static OutcomeTable Outcomes(string fired, string open)
    {
        var table = new OutcomeTable();
        foreach (var outcome in fired.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => new RuleOutcome(id, Outcome.Fired, null!))
            .Concat(open.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => new RuleOutcome(id, Outcome.InsufficientInformation, null!))))
        {
            table.Add(outcome);
        }

        return table;
    }

    [Theory]
    [InlineData("F1 F2 F3 F4 F5", "A1 A2 A3", Truth.True)] // every connected feature, three disconnected signals unrecorded
    [InlineData("F1 F2 F3 F4", "F5 A1 A2 A3 A4", Truth.True)] // six of eleven decided: just over half
    [InlineData("F1 F2 F3 F4", "F5 A1 A2 A3 A4 A5", Truth.Unknown)] // five of eleven decided: too little recorded
    [InlineData("F1 F2 F3 F4 F5 A1", "", Truth.False)] // a signal against fired
    [InlineData("F1 F2", "F3", Truth.False)] // even if the unrecorded feature fired, three of five is too few
    [InlineData("F1 F2 F3", "F4", Truth.Unknown)] // the unrecorded feature would decide it
    [InlineData("", "F1 F2 F3 F4 F5 A1 A2 A3 A4 A5 A6", Truth.Unknown)] // nothing recorded
    public void The_recorded_signals_decide_the_type(string fired, string open, Truth expected) =>
        Assert.Equal(expected, Kleene.Balance(Outcomes(fired, open), For, Against, forAtLeast: 4, againstAtMost: 0, recordedAtLeast: 0.5));

    [Fact]
    public void A_strict_count_would_leave_the_same_case_undecided()
    {
        // The contrast the construct exists for: atMost 0 over signals with some unrecorded is unknown.
        var outcomes = Outcomes("F1 F2 F3 F4 F5", "A1 A2 A3");
        Assert.Equal(Truth.Unknown, Kleene.FindingCount(outcomes, Against, RuleLanguage.Conditions.ComparisonOperator.AtMost, 0));
        Assert.Equal(Truth.True, Kleene.Balance(outcomes, For, Against, 4, 0, 0.5));
    }

    [Fact]
    public void The_message_states_how_many_signals_were_unrecorded()
    {
        var catalogue = RuleCatalogue.LoadDefault();
        var partnership = new Partnership
        {
            Name = "Riverside Young Parents Project",
            Level = PartnershipLevel.OperationalProject,
            InformationSharing = InformationSharing.RoutineOpen,
            Monitoring = new MonitoringAndEvaluation { IndicatorTypes = new[] { IndicatorType.ParticipantDefinedOutcomes }, SuccessMeasures = SuccessMeasures.SharedSet, SuccessClaimBasis = SuccessClaimBasis.ParticipantOutcomes },
            Outcomes = new OutcomeFocus { PrimaryFocus = OutcomeFocusKind.Participants, NeedsIdentifiedBy = NeedsIdentifiedBy.Participants, PartnerOutcomeAlignment = OutcomeAlignment.SameOutcomes },
        };
        var result = new PartnershipAnalyzer(catalogue).Analyze(partnership).Results.Single(r => r.RuleId == "PR8001");
        Assert.Equal(Outcome.Fired, result.Outcome);
        Assert.Contains("with 2 of its 11 signals not recorded (PR8003, PR8005)", result.Finding!.Message, StringComparison.Ordinal);
        Assert.Contains(result.Finding.Evidence, e => e.Value.Contains("not recorded: 2 of 11 (PR8003, PR8005)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("balance:\n  for: {rules: [PR9002]}\nforAtLeast: 1\nagainstAtMost: 0\nrecordedAtLeast: 0.5", "PRL003")]
    [InlineData("balance:\n  for: {rules: [PR9002]}\n  against: {rules: [PR9002]}\nforAtLeast: 1\nagainstAtMost: 0\nrecordedAtLeast: 0.5", "PRL005")]
    [InlineData("balance:\n  for: {rules: [PR9002]}\n  against: {rules: [PR9003]}\nforAtLeast: 1\nagainstAtMost: 0\nrecordedAtLeast: 1.5", "PRL028")]
    [InlineData("balance:\n  for: {rules: [PR9002]}\n  against: {rules: [PR9404]}\nforAtLeast: 1\nagainstAtMost: 0\nrecordedAtLeast: 0.5", "PRL014")]
    [InlineData("balance:\n  for: {rules: [PR9002]}\n  against: {rules: [PR9003]}\n  beside: {rules: [PR9003]}\nforAtLeast: 1\nagainstAtMost: 0\nrecordedAtLeast: 0.5", "PRL002")]
    public void A_malformed_balance_is_refused_with_its_reason(string condition, string expected)
    {
        var catalogue = RuleCatalogue.Load(new[]
        {
            RuleSource.FromText("t.yaml", RuleText.Rule("PR9001", condition)),
            RuleSource.FromText("s.yaml", RuleText.Rule("PR9002", "fact: purposeClarity\nequals: unclear")),
            RuleSource.FromText("u.yaml", RuleText.Rule("PR9003", "fact: alternativesConsidered\nis: false")),
        });
        Assert.Contains(catalogue.Diagnostics, d => d.Id == expected);
        Assert.DoesNotContain(catalogue.Rules, r => r.Id == "PR9001");
    }

    [Fact]
    public void Signals_placeholder_outside_a_balance_is_refused()
    {
        var text = RuleText.Rule("PR9001", "fact: purposeClarity\nequals: unclear").Replace("fired for {name}.", "fired for {name}, {signals}.", StringComparison.Ordinal);
        var catalogue = RuleCatalogue.Load(new[] { RuleSource.FromText("t.yaml", text) });
        Assert.Contains(catalogue.Diagnostics, d => d.Id == "PRL016" && d.Message.Contains("{signals}", StringComparison.Ordinal));
    }
}
