using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.RuleLanguage.Conditions;

namespace PartnershipRules.RuleLanguage;

/// <summary>
/// Checks, when a rule loads, that its branch labels can do what they are written for: <c>{because}</c> in the
/// message always has a label to print (PRL031), and no label sits where it can never be shown (PRL032).
/// </summary>
internal static class LabelChecks
{
    /// <summary>Reports what is wrong; false when the rule must not load.</summary>
    public static bool Check(Condition? appliesWhen, Condition condition, MessageTemplate message, SourceLocation messageLocation, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var (label, why) in BranchLabels.Unreachable(condition))
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnreachableLabel, label.Location, label.Because ?? string.Join(", ", label.Criteria), why));
            ok = false;
        }

        // The precondition only decides whether the rule applies; what it found is never the reason for a finding.
        foreach (var label in appliesWhen is null ? Enumerable.Empty<BranchLabel>() : BranchLabels.All(appliesWhen))
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnreachableLabel, label.Location, label.Because ?? string.Join(", ", label.Criteria), "it is in 'appliesWhen', which says whether the rule applies, not why it fired"));
            ok = false;
        }

        if (message.UsesBecause && BranchLabels.Unlabelled(condition) is { } gap)
        {
            var why = BranchLabels.All(condition).Any(l => l.Because is not null)
                ? "the rule can fire through a condition with no 'because' label"
                : "the condition has no 'because' label";
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.BecauseWithoutLabel, messageLocation, new[] { gap.Location }, why));
            ok = false;
        }

        return ok;
    }
}
