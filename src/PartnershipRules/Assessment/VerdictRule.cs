using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.Model;

namespace PartnershipRules.Assessment;

/// <summary>
/// The library's rule from outcomes to a verdict, in this order: (1) one of the circumstances Tett names as making
/// collaboration best avoided (rules tagged <c>named-circumstance</c>) recorded at or above
/// <see cref="AssessmentOptions.ReconsiderAt"/> gives reconsider; (2) otherwise, an incomplete evaluation, a named
/// circumstance that could not be decided, or too many undecided facilitating-condition, barrier and "best avoided"
/// rules give cannot tell yet, with the questions that would settle it (missing data never gives reconsider);
/// (3) otherwise, barriers, missing conditions or lesser "best avoided" signals (alternatives never weighed, a
/// community group's clashing priorities, many barriers with no way of negotiating them) at or above
/// <see cref="AssessmentOptions.ConditionsAt"/> give proceed with conditions; (4) otherwise proceed. Risks to watch
/// do not change the verdict: they are in the priorities. The verdict keys on what the paper names, not on the
/// severity a rule happens to have, so recalibrating severities does not silently change what "reconsider" means.
/// </summary>
internal static class VerdictRule
{
    /// <summary>The tag of the rules for the circumstances Tett names: resources extremely limited, organisations unstable, very similar functions, no continuing support.</summary>
    internal const string NamedCircumstance = "named-circumstance";

    internal static bool IsNamedCircumstance(RuleDescriptor rule) =>
        rule.Kind == RuleKind.AvoidCollaboration && rule.Tags.Contains(NamedCircumstance);

    public static Verdict Decide(AnalysisResult result, IReadOnlyList<NextQuestion> questions, AssessmentOptions options)
    {
        var open = FindingOrder.Findings(result.Findings.Where(f => !f.IsSuppressed)).ToList();
        var avoid = open.Where(f => IsNamedCircumstance(f.Descriptor) && f.Severity >= options.ReconsiderAt).ToList();
        if (avoid.Count > 0)
        {
            return new Verdict(
                VerdictKind.Reconsider,
                "The case records " + Count(avoid.Count, "circumstance", "circumstances") + " in which Tett (2005) says collaboration is best avoided ("
                + string.Join("; ", avoid.Select(f => f.RuleId + " " + f.Descriptor.Title)) + "). Reconsider whether to collaborate now, and in what form.",
                avoid,
                new List<RuleResult>(),
                new List<NextQuestion>());
        }

        var decisive = result.Results.Where(r => r.Descriptor.Kind is RuleKind.AvoidCollaboration or RuleKind.Facilitator or RuleKind.Barrier && r.Outcome != Outcome.NotApplicable).ToList();
        var undecidedAvoid = result.InsufficientInformation.Where(r => IsNamedCircumstance(r.Descriptor)).ToList();
        var undecidedShare = decisive.Count == 0 ? 1 : decisive.Count(r => r.Outcome == Outcome.InsufficientInformation) / (double)decisive.Count;
        if (!result.IsComplete || undecidedAvoid.Count > 0 || undecidedShare >= options.UndecidedShare)
        {
            var settling = undecidedAvoid.Count > 0
                ? questions.Where(q => q.Settles.Any(r => undecidedAvoid.Contains(r))).ToList()
                : questions.ToList();
            var why = !result.IsComplete
                ? "The evaluation did not complete, so nothing can be concluded from it."
                : undecidedAvoid.Count > 0
                    ? "Whether collaboration is best avoided cannot be decided yet: " + Count(undecidedAvoid.Count, "of the circumstances Tett names lacks", "of the circumstances Tett names lack") + " information ("
                      + string.Join("; ", undecidedAvoid.Select(r => r.RuleId + " " + r.Descriptor.Title)) + ")."
                    : "Too little is known: " + (undecidedShare * 100).ToString("0", System.Globalization.CultureInfo.InvariantCulture)
                      + "% of the facilitating conditions, barriers and reasons to avoid collaborating could not be decided.";
            return new Verdict(VerdictKind.CannotTellYet, why + " The questions below would settle it.", new List<Finding>(), undecidedAvoid, settling.Take(options.QuestionCount).ToList());
        }

        var conditions = open.Where(f => f.Descriptor.Kind is RuleKind.Facilitator or RuleKind.Barrier or RuleKind.AvoidCollaboration && f.Severity >= options.ConditionsAt).ToList();
        if (conditions.Count > 0)
        {
            var barriers = conditions.Count(f => f.Descriptor.Kind == RuleKind.Barrier);
            var missing = conditions.Count(f => f.Descriptor.Kind == RuleKind.Facilitator);
            var signals = conditions.Count(f => f.Descriptor.Kind == RuleKind.AvoidCollaboration);
            var parts = new[]
            {
                barriers > 0 ? Count(barriers, "barrier", "barriers") : null,
                missing > 0 ? Count(missing, "facilitating condition missing", "facilitating conditions missing") : null,
                signals > 0 ? Count(signals, "lesser signal to avoid collaborating", "lesser signals to avoid collaborating") : null,
            }.Where(p => p is not null);
            return new Verdict(
                VerdictKind.ProceedWithConditions,
                "Nothing recorded says collaboration is best avoided, but " + string.Join(", ", parts) + " must be dealt with: see what to do first.",
                conditions,
                new List<RuleResult>(),
                new List<NextQuestion>());
        }

        return new Verdict(
            VerdictKind.Proceed,
            "Nothing recorded says collaboration is best avoided, every such criterion could be decided, and no barrier or missing facilitating condition was found at "
            + Documents.Spelling.Of(options.ConditionsAt) + " or above. Keep watching the risks listed.",
            new List<Finding>(),
            new List<RuleResult>(),
            new List<NextQuestion>());
    }

    private static string Count(int count, string one, string many) => PartnershipAssessment.Count(count, one, many);
}
