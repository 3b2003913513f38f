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
    internal static void Walk(Condition condition, System.Action<Condition, string?> visit) => new Walker(visit).Visit(condition, null);

    // A visitor, so that a new kind of condition must say here whether it holds conditions of its own.
    private sealed class Walker : ConditionVisitor<string?, bool>
    {
        private readonly System.Action<Condition, string?> _visit;

        public Walker(System.Action<Condition, string?> visit) => _visit = visit;

        public override bool VisitLogical(LogicalCondition condition, string? negatedBy)
        {
            _visit(condition, negatedBy);
            foreach (var operand in condition.Operands)
            {
                Visit(operand, negatedBy);
            }

            return true;
        }

        public override bool VisitNot(NotCondition condition, string? negatedBy)
        {
            _visit(condition, negatedBy);
            return Visit(condition.Operand, "not");
        }

        public override bool VisitQuantified(QuantifiedCondition condition, string? negatedBy)
        {
            _visit(condition, negatedBy);
            return condition.Where is null || Visit(condition.Where, condition.Quantifier == Quantifier.None ? "none" : negatedBy);
        }

        public override bool VisitCount(CountCondition condition, string? negatedBy)
        {
            _visit(condition, negatedBy);
            return condition.Where is null || Visit(condition.Where, negatedBy);
        }

        public override bool VisitShare(ShareCondition condition, string? negatedBy)
        {
            _visit(condition, negatedBy);
            return Visit(condition.Where, negatedBy);
        }

        public override bool VisitComparison(ComparisonCondition condition, string? negatedBy) => Leaf(condition, negatedBy);

        public override bool VisitDistinct(DistinctCondition condition, string? negatedBy) => Leaf(condition, negatedBy);

        public override bool VisitFinding(FindingCondition condition, string? negatedBy) => Leaf(condition, negatedBy);

        public override bool VisitFindingCount(FindingCountCondition condition, string? negatedBy) => Leaf(condition, negatedBy);

        public override bool VisitBalance(BalanceCondition condition, string? negatedBy) => Leaf(condition, negatedBy);

        public override bool VisitCode(CodeCondition condition, string? negatedBy) => Leaf(condition, negatedBy);

        private bool Leaf(Condition condition, string? negatedBy)
        {
            _visit(condition, negatedBy);
            return true;
        }
    }
}
