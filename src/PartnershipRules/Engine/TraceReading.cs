using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage.Conditions;

namespace PartnershipRules.Engine;

/// <summary>
/// Reads a trace for the facts that decided it: for a finding, the evidence; for an undecided rule, the facts whose
/// absence kept it undecided. A fact that did not influence the outcome is not reported.
/// </summary>
internal static class TraceReading
{
    private static readonly Chooser Choose = new();

    public static void Deciding(TraceNode node, List<TraceNode> leaves, List<string>? matches)
    {
        if (node.IsLeaf || node.Condition is { ReadsOutcomes: true })
        {
            leaves.Add(node);
            return;
        }

        var chosen = node.Condition is null ? node.Children : Choose.Visit(node.Condition, node);
        var countsMatches = node.Value == Truth.True && node.Condition is QuantifiedCondition { Quantifier: Quantifier.Some } or CountCondition or ShareCondition;
        foreach (var child in chosen)
        {
            if (child.ItemLabel is not null)
            {
                if (countsMatches && child.Value == Truth.True)
                {
                    matches?.Add(child.ItemLabel);
                }

                if (child.Children.Count == 0)
                {
                    continue;
                }

                Deciding(child.Children[0], leaves, matches);
                continue;
            }

            Deciding(child, leaves, matches);
        }
    }

    /// <summary>
    /// The labels of the conditions that were true and decided a true node, in trace order, each once. Nothing below
    /// <c>not</c> or <c>none</c> is read: there a condition that made the rule fire is false (the loader refuses labels
    /// there, PRL032).
    /// </summary>
    public static void Labels(TraceNode node, List<BranchLabel> labels)
    {
        if (node.Value != Truth.True)
        {
            return;
        }

        // A 'not' or a 'none' may carry a label of its own; what lies below it is false when it is true.
        if (node.Condition?.Label is { } label && !labels.Contains(label))
        {
            labels.Add(label);
        }

        if (node.Condition is NotCondition or QuantifiedCondition { Quantifier: Quantifier.None })
        {
            return;
        }

        foreach (var child in node.Children)
        {
            Labels(child, labels);
        }
    }

    /// <summary>Which children of a traced node decided its value.</summary>
    private sealed class Chooser : ConditionVisitor<TraceNode, IEnumerable<TraceNode>>
    {
        // All: every child when true, else the children that made it false (or unknown).
        public override IEnumerable<TraceNode> VisitLogical(LogicalCondition condition, TraceNode node) =>
            condition.Operator == LogicalOperator.All
                ? AllWhen(node, Truth.True)
                : AllWhen(node, Truth.False);

        public override IEnumerable<TraceNode> VisitNot(NotCondition condition, TraceNode node) => node.Children;

        public override IEnumerable<TraceNode> VisitComparison(ComparisonCondition condition, TraceNode node) => node.Children;

        public override IEnumerable<TraceNode> VisitQuantified(QuantifiedCondition condition, TraceNode node) => condition.Quantifier switch
        {
            Quantifier.Some => AllWhen(node, Truth.False),
            Quantifier.Every => AllWhen(node, Truth.True),

            // None is not-some: when true every item is evidence; when false the items that matched; when unknown the undecided.
            _ => node.Value == Truth.True ? node.Children : node.Children.Where(c => c.Value == (node.Value == Truth.False ? Truth.True : Truth.Unknown)),
        };

        public override IEnumerable<TraceNode> VisitCount(CountCondition condition, TraceNode node) => Counted(node);

        public override IEnumerable<TraceNode> VisitShare(ShareCondition condition, TraceNode node) => Counted(node);

        public override IEnumerable<TraceNode> VisitDistinct(DistinctCondition condition, TraceNode node) =>
            node.Value == Truth.Unknown ? node.Children.Where(c => c.Value == Truth.Unknown) : node.Children.Where(c => c.Value == Truth.True);

        public override IEnumerable<TraceNode> VisitFinding(FindingCondition condition, TraceNode node) => node.Children;

        public override IEnumerable<TraceNode> VisitFindingCount(FindingCountCondition condition, TraceNode node) => node.Children;

        public override IEnumerable<TraceNode> VisitBalance(BalanceCondition condition, TraceNode node) => node.Children;

        public override IEnumerable<TraceNode> VisitCode(CodeCondition condition, TraceNode node) => node.Children;

        /// <summary>Every child when the node has the value where all children count; else those that share its value.</summary>
        private static IEnumerable<TraceNode> AllWhen(TraceNode node, Truth everyChild) =>
            node.Value == everyChild ? node.Children : node.Children.Where(c => c.Value == node.Value);

        private static IEnumerable<TraceNode> Counted(TraceNode node) =>
            node.Children.Where(c => c.Value == (node.Value == Truth.Unknown ? Truth.Unknown : Truth.True) || c.IsLeaf);
    }
}
