using PartnershipRules.Assessment;
using PartnershipRules.Cases;
using PartnershipRules.Diagnostics;
using PartnershipRules.Engine;
using PartnershipRules.Facts;
using PartnershipRules.Model;

namespace PartnershipRules.Tests.Assessment;

/// <summary>
/// The assessment on the shipped examples and on cases built to probe it: the verdict each example should get, one
/// issue per missing fact, identities that survive reordering, questions ranked by what they settle, Jones's scale.
/// </summary>
public class AssessmentTests
{
    private static readonly PartnershipAnalyzer Analyzer = PartnershipAnalyzer.CreateDefault();

    private static PartnershipCase Example(string name) =>
        CaseFile.Load(Path.Combine(RepoFiles.Root, "rules", "examples", name + ".yaml")).Case!;

    private static PartnershipAssessment Assess(string example) => PartnershipAssessment.Of(Analyzer.Analyze(Example(example)));

    [Fact]
    public void The_sparse_example_cannot_be_told_yet_and_comes_with_ranked_questions()
    {
        var verdict = Assess("sparse-intake").Verdict;
        Assert.Equal(VerdictKind.CannotTellYet, verdict.Kind);
        Assert.NotEmpty(verdict.Undecided);
        Assert.All(verdict.Undecided, r => Assert.Equal(RuleKind.AvoidCollaboration, r.Descriptor.Kind));
        Assert.NotEmpty(verdict.Questions);
        Assert.Equal(verdict.Questions.Select(q => q.Weight).OrderByDescending(w => w), verdict.Questions.Select(q => q.Weight));
        Assert.All(verdict.Questions, q => Assert.Contains(q.Settles, r => verdict.Undecided.Contains(r)));
    }

    [Fact]
    public void The_healthy_example_proceeds_with_strengths_in_its_profile()
    {
        var assessment = Assess("youth-transitions");
        Assert.Equal(VerdictKind.Proceed, assessment.Verdict.Kind);
        Assert.Empty(assessment.Verdict.DecidedBy);
        Assert.Contains(assessment.Profile, p => p.Band == Band.Strength && p.Category == RuleCategory.FacilitatingConditions);
        Assert.DoesNotContain(assessment.Profile, p => p.Band == Band.Concern);
        Assert.Equal("mostly connected", assessment.Jones.Words);
    }

    [Theory]
    [InlineData("community-regeneration", "PR4004")]
    [InlineData("community-regeneration", "PR4002")]
    public void A_recorded_reason_to_avoid_collaboration_makes_the_verdict_reconsider_and_names_it(string example, string rule)
    {
        var verdict = Assess(example).Verdict;
        Assert.Equal(VerdictKind.Reconsider, verdict.Kind);
        Assert.Contains(verdict.DecidedBy, f => f.RuleId == rule);
        Assert.Contains(rule, verdict.Reason, StringComparison.Ordinal);
        Assert.All(verdict.DecidedBy, f => Assert.Equal(RuleKind.AvoidCollaboration, f.Descriptor.Kind));

        // Only the circumstances Tett names decide it; a lesser signal such as PR4005 is not named.
        Assert.All(verdict.DecidedBy, f => Assert.Contains("named-circumstance", f.Descriptor.Tags));
        Assert.DoesNotContain(verdict.DecidedBy, f => f.RuleId == "PR4005");
    }

    [Fact]
    public void A_missing_fact_that_yields_several_findings_is_one_issue_naming_every_rule()
    {
        var assessment = Assess("community-regeneration");
        var negotiation = Assert.Single(assessment.Issues, i => i.RuleIds.Contains("PR2015"));
        Assert.Equal(new[] { "PR2015", "PR4007" }, negotiation.RuleIds.OrderBy(r => r, StringComparer.Ordinal));
        Assert.Equal("partnership/negotiationMechanism", negotiation.Id);

        // The community's involvement at each stage is one fact to a reader: one issue for every stage's rule.
        var stages = Assert.Single(assessment.Issues, i => i.Fact == "involvement.stageLevels");
        Assert.True(stages.RuleIds.Count >= 5, string.Join(", ", stages.RuleIds));

        // Every finding shown is in exactly one issue; the issues are fewer than the findings.
        var shown = Analyzer.Analyze(Example("community-regeneration")).Findings.Where(f => f.Severity > Severity.Silent).ToList();
        Assert.Equal(shown.Count, assessment.Issues.Sum(i => i.Findings.Count));
        Assert.True(assessment.Issues.Count < shown.Count);
    }

    [Fact]
    public void A_composite_that_rests_on_another_finding_joins_its_issue()
    {
        var champion = Assert.Single(Assess("community-regeneration").Issues, i => i.RuleIds.Contains("PR8017"));
        Assert.Contains("PR8022", champion.RuleIds);
        Assert.Equal("representative", champion.Record.Kind);
    }

    [Fact]
    public void Issue_identities_name_records_and_survive_reordering_the_partners()
    {
        var original = Example("community-regeneration");
        var copy = (Partnership)typeof(object).GetMethod("MemberwiseClone", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.Invoke(original.Partnership, null)!;
        typeof(Partnership).GetProperty(nameof(Partnership.Partners))!.SetValue(copy, original.Partnership.Partners!.Reverse().ToArray());
        var reordered = new PartnershipCase(copy);
        var before = PartnershipAssessment.Of(Analyzer.Analyze(original)).Issues.Select(i => i.Id).OrderBy(i => i, StringComparer.Ordinal).ToList();
        var after = PartnershipAssessment.Of(Analyzer.Analyze(reordered)).Issues.Select(i => i.Id).OrderBy(i => i, StringComparer.Ordinal).ToList();
        Assert.Equal(before, after);
        Assert.DoesNotContain(before, id => id.Contains('[', StringComparison.Ordinal));
        Assert.Contains(before, id => id.StartsWith("partner:Braeside Tenants", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("community-regeneration")]
    [InlineData("sparse-intake")]
    [InlineData("strategic-board")]
    [InlineData("youth-transitions")]
    public void The_first_question_settles_at_least_as_much_as_any_other_single_answer(string example)
    {
        var result = Analyzer.Analyze(Example(example));
        var questions = PartnershipAssessment.Of(result).Questions;
        if (questions.Count == 0)
        {
            Assert.Empty(result.InsufficientInformation);
            return;
        }

        // Recomputed from the result: for each unknown fact, the severity-weighted count of undecided rules naming it.
        int Settled(string path) => result.InsufficientInformation
            .Where(r => r.MissingFacts.Any(m => m.Location.Path == path))
            .Sum(r => r.Severity switch { Severity.Error => 8, Severity.Warning => 4, Severity.Suggestion => 2, _ => 1 });
        var best = result.InsufficientInformation.SelectMany(r => r.MissingFacts).Select(m => Settled(m.Location.Path)).Max();
        Assert.Equal(best, Settled(questions[0].Path));
        Assert.Equal(best, questions[0].Weight);
        Assert.Equal(questions.Count, questions.Select(q => q.Path).Distinct().Count());
    }

    [Fact]
    public void Questions_are_grouped_by_the_record_they_are_about_named_by_name()
    {
        var groups = Assess("sparse-intake").QuestionGroups;
        Assert.Contains(groups, g => g.Record.IsPartnership);
        Assert.Contains(groups, g => g.Record.Kind == "partner" && g.Record.Label is not null && g.Record.DisplayName.StartsWith("partner '", StringComparison.Ordinal));
        Assert.All(groups, g => Assert.All(g.Questions, q => Assert.Same(g.Record, q.Record)));
    }

    [Fact]
    public void Missing_data_never_gives_reconsider()
    {
        // A partnership with nothing recorded: every reason to avoid is undecided, none fired.
        var verdict = PartnershipAssessment.Of(Analyzer.Analyze(new Partnership { Name = "Nothing known" })).Verdict;
        Assert.Equal(VerdictKind.CannotTellYet, verdict.Kind);
    }

    [Fact]
    public void The_thresholds_are_the_hosts_to_change()
    {
        var result = Analyzer.Analyze(Example("community-regeneration"));
        Assert.Equal(VerdictKind.Reconsider, PartnershipAssessment.Of(result).Verdict.Kind);

        // A host that reconsiders only on an error does not here: PR4002 and PR4004 are warnings (Tett hedges them).
        Assert.NotEqual(VerdictKind.Reconsider, PartnershipAssessment.Of(result, new AssessmentOptions { ReconsiderAt = Severity.Error }).Verdict.Kind);

        // Lesser signals never give reconsider, whatever the threshold: the healthy example with alternatives never
        // weighed (PR4005, a warning) proceeds with that condition.
        var text = File.ReadAllText(Path.Combine(RepoFiles.Root, "rules", "examples", "youth-transitions.yaml"))
            .Replace("alternativesConsidered: true", "alternativesConsidered: false", StringComparison.Ordinal);
        var unweighed = Analyzer.Analyze(CaseFile.Parse("unweighed.yaml", text).Case!);
        foreach (var options in new[] { AssessmentOptions.Default, new AssessmentOptions { ReconsiderAt = Severity.Suggestion } })
        {
            var verdict = PartnershipAssessment.Of(unweighed, options).Verdict;
            Assert.Equal(VerdictKind.ProceedWithConditions, verdict.Kind);
            Assert.Equal("PR4005", Assert.Single(verdict.DecidedBy).RuleId);
        }

        Assert.Equal(3, PartnershipAssessment.Of(result, new AssessmentOptions { PriorityCount = 3 }).Priorities.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => new AssessmentOptions { ReconsiderAt = Severity.None });
        Assert.Throws<ArgumentOutOfRangeException>(() => new AssessmentOptions { UndecidedShare = 0 });
    }

    [Fact]
    public void Priorities_put_reasons_to_avoid_collaboration_first()
    {
        var priorities = Assess("community-regeneration").Priorities;
        Assert.Equal(5, priorities.Count);
        Assert.True(priorities[0].IsReasonToAvoid);
        var firstOther = priorities.ToList().FindIndex(i => !i.IsReasonToAvoid);
        Assert.True(firstOther < 0 || priorities.Skip(firstOther).All(i => !i.IsReasonToAvoid));
    }

    [Fact]
    public void Priorities_are_only_issues_that_call_for_action_and_strengths_are_marked()
    {
        var assessment = Assess("youth-transitions");
        Assert.Equal(new[] { "PR5012" }, assessment.Priorities.Select(i => i.Lead.RuleId));
        Assert.All(assessment.Priorities, i => Assert.True(i.CallsForAction));
        var strength = assessment.Issues.Single(i => i.Lead.RuleId == "PR1002");
        Assert.True(strength.IsStrength);
        Assert.False(strength.CallsForAction);

        // Issues that call for action come before the rest.
        var order = assessment.Issues.Select(i => i.CallsForAction).ToList();
        Assert.Equal(order.OrderByDescending(a => a), order);
    }


    [Fact]
    public void An_unstable_statutory_partner_is_a_risk_to_plan_for_not_a_reason_to_reconsider()
    {
        // The strategic board's unstable council service has a statutory duty to take part: PR4102, not PR4002.
        var assessment = Assess("strategic-board");
        Assert.Equal(VerdictKind.ProceedWithConditions, assessment.Verdict.Kind);
        Assert.DoesNotContain(assessment.Verdict.DecidedBy, f => f.Descriptor.Kind == RuleKind.AvoidCollaboration);
        var risk = assessment.Issues.Single(i => i.RuleIds.Contains("PR4102"));
        Assert.True(risk.CallsForAction);
        Assert.Equal(RuleKind.Risk, risk.Lead.Descriptor.Kind);
    }

}
