using System.Collections.Generic;
using System.Linq;

namespace PartnershipRules.RuleLanguage.Conditions;

/// <summary>
/// What the labels of a condition can show, decided when rules load. A label is shown when its condition is true and
/// decides a finding; the engine does not look below <c>not</c> or <c>none</c>, where a condition that helps the rule
/// fire is false, so a label there would never print.
/// </summary>
internal static class BranchLabels
{
    /// <summary>Every label of the condition, in the order written.</summary>
    public static List<BranchLabel> All(Condition condition)
    {
        var labels = new List<BranchLabel>();
        Walk(condition, (c, _) =>
        {
            if (c.Label is { } label)
            {
                labels.Add(label);
            }
        });
        return labels;
    }

    /// <summary>Each label that can never be shown, with why (it sits under <c>not</c> or <c>none</c>).</summary>
    public static List<(BranchLabel Label, string Why)> Unreachable(Condition condition)
    {
        var found = new List<(BranchLabel, string)>();
        Walk(condition, (c, negatedBy) =>
        {
            if (c.Label is { } label && negatedBy is not null)
            {
                found.Add((label, "it is inside '" + negatedBy + "', where a condition that makes the rule fire is false"));
            }
        });
        return found;
    }

    /// <summary>
    /// A condition through which the rule can fire with no <c>because</c> label true and deciding, or null when every
    /// way of firing shows one.
    /// </summary>
    public static Condition? Unlabelled(Condition condition)
    {
        if (condition.Label?.Because is not null)
        {
            return null;
        }

        switch (condition)
        {
            // All is true only when every operand is: one labelled operand is enough.
            case LogicalCondition { Operator: LogicalOperator.All } all:
                return all.Operands.Any(o => Unlabelled(o) is null) ? null : all;

            // Any is true when one operand is: each must show a label.
            case LogicalCondition any:
                foreach (var operand in any.Operands)
                {
                    if (Unlabelled(operand) is { } gap)
                    {
                        return gap;
                    }
                }

                return null;

            // Some, and a count that needs at least one item, are true only when an item's condition is.
            case QuantifiedCondition { Quantifier: Quantifier.Some, Where: { } where }:
                return Unlabelled(where) is null ? null : condition;
            case CountCondition { Where: { } where } count when NeedsAnItem(count.Operator, count.Bound):
                return Unlabelled(where) is null ? null : condition;
            default:
                return condition;
        }
    }

    private static bool NeedsAnItem(ComparisonOperator op, double bound) => op switch
    {
        ComparisonOperator.AtLeast or ComparisonOperator.Equals => bound >= 1,
        ComparisonOperator.GreaterThan => bound >= 0,
        _ => false,
    };

    /// <summary>Visits every condition with the nearest enclosing <c>not</c> or <c>none</c>, if any.</summary>
    private static void Walk(Condition condition, System.Action<Condition, string?> visit, string? negatedBy = null)
    {
        visit(condition, negatedBy);
        switch (condition)
        {
            case LogicalCondition logical:
                foreach (var operand in logical.Operands)
                {
                    Walk(operand, visit, negatedBy);
                }

                break;
            case NotCondition not:
                Walk(not.Operand, visit, "not");
                break;
            case QuantifiedCondition { Where: { } where } quantified:
                Walk(where, visit, quantified.Quantifier == Quantifier.None ? "none" : negatedBy);
                break;
            case CountCondition { Where: { } where }:
                Walk(where, visit, negatedBy);
                break;
            case ShareCondition share:
                Walk(share.Where, visit, negatedBy);
                break;
        }
    }
}
