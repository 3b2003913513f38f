using System.Globalization;
using System.Linq;
using PartnershipRules.Facts;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage.Conditions;

namespace PartnershipRules.Engine;

/// <summary>Turns a trace into an explanation tree with a plain-language line for every node.</summary>
internal static class ExplanationBuilder
{
    private static readonly Wording Words = new();

    public static ExplanationNode Build(TraceNode node)
    {
        var children = node.Children.Select(Build).ToList();
        if (node.ItemLabel is not null)
        {
            var label = node.ItemLabel == node.Path ? node.Path! : node.ItemLabel + " (" + node.Path + ")";
            return new ExplanationNode(label, node.Value, null, null, null, null, children);
        }

        if (node.IsLeaf)
        {
            var found = node.State == FactState.Known ? node.ValueText : null;
            return new ExplanationNode(Leaf(node), node.Value, node.Path, found, node.State, node.Note, children);
        }

        var text = node.Condition is null ? string.Empty : Words.Visit(node.Condition, node);
        return new ExplanationNode(text, node.Value, node.Path, node.Path is null ? null : node.ValueText, null, null, children);
    }

    private static string Leaf(TraceNode node)
    {
        var found = node.State switch
        {
            FactState.Known => "found: " + node.ValueText,
            FactState.Unknown => "recorded as unknown",
            _ => "not recorded",
        };
        return node.Path + (node.Condition is null ? string.Empty : Wording.LeafTest(node.Condition)) + " (" + found + ")";
    }

    /// <summary>What each kind of node tests, in plain words, with what it found where it reads other rules.</summary>
    private sealed class Wording : ConditionVisitor<TraceNode, string>
    {
        /// <summary>What a leaf read by the condition is tested for, after its path (empty where the parent says it).</summary>
        public static string LeafTest(Condition condition) => condition switch
        {
            ComparisonCondition { Reference: null } comparison => " " + ConditionWords.Comparison(comparison.Operator, comparison.Values, v => v),
            DistinctCondition => " (a value counted as distinct)",
            _ => string.Empty,
        };

        public override string VisitLogical(LogicalCondition condition, TraceNode node) =>
            condition.Operator == LogicalOperator.All ? "all of:" : "any of:";

        public override string VisitNot(NotCondition condition, TraceNode node) => "not:";

        public override string VisitComparison(ComparisonCondition condition, TraceNode node) =>
            condition.Reference is { } reference
                ? $"{condition.Fact.Path} is more than {Number(condition.Values[0])} months before {reference.Path}"
                : string.Empty;

        public override string VisitQuantified(QuantifiedCondition condition, TraceNode node) => condition.Quantifier switch
        {
            Quantifier.Some => "at least one of " + condition.Collection.Path + (condition.Where is null ? " is recorded" : " such that:"),
            Quantifier.Every => "every one of " + condition.Collection.Path + " meets:",
            _ => "none of " + condition.Collection.Path + (condition.Where is null ? " is recorded" : " such that:"),
        };

        public override string VisitCount(CountCondition condition, TraceNode node) =>
            $"the number of {condition.Collection.Path}{(condition.Where is null ? string.Empty : " meeting the condition")} {ConditionWords.Bound(condition.Operator, condition.Bound)}:";

        public override string VisitDistinct(DistinctCondition condition, TraceNode node) =>
            $"the number of different values of {condition.Collection.Path}[].{condition.Of.Path} {ConditionWords.Bound(condition.Operator, condition.Bound)}:";

        public override string VisitShare(ShareCondition condition, TraceNode node) =>
            $"the share of {condition.Collection.Path}[].{condition.Of.Path} held by items meeting the condition {ConditionWords.Bound(condition.Operator, condition.Bound)}:";

        public override string VisitCode(CodeCondition condition, TraceNode node) =>
            "the host's C# check: " + condition.Description + (condition.Reads.Count == 0 ? string.Empty : "; the facts it reads:");

        public override string VisitFinding(FindingCondition condition, TraceNode node) =>
            $"rule {condition.RuleId} fired (its outcome: {node.ValueText})";

        public override string VisitFindingCount(FindingCountCondition condition, TraceNode node) =>
            $"the number of findings of {condition.FilterText} {ConditionWords.Bound(condition.Operator, condition.Bound)} (found: {node.ValueText})";

        public override string VisitBalance(BalanceCondition condition, TraceNode node) =>
            $"the recorded signals lean towards this type: at least {Number(condition.ForAtLeast)} of {condition.ForText} fired, at most {Number(condition.AgainstAtMost)} of {condition.AgainstText}, and at least {Number(condition.RecordedAtLeast * 100)}% of the signals recorded (found: {node.ValueText})";

        private static string Number(object value) => System.Convert.ToString(value, CultureInfo.InvariantCulture)!;
    }
}
