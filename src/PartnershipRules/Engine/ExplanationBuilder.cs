using System.Globalization;
using System.Linq;
using PartnershipRules.Facts;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage.Conditions;

namespace PartnershipRules.Engine;

/// <summary>Turns a trace into an explanation tree with a plain-language line for every node.</summary>
internal static class ExplanationBuilder
{
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

        return new ExplanationNode(Describe(node), node.Value, node.Path, node.Path is null ? null : node.ValueText, null, null, children);
    }

    private static string Leaf(TraceNode node)
    {
        var found = node.State switch
        {
            FactState.Known => "found: " + node.ValueText,
            FactState.Unknown => "recorded as unknown",
            _ => "not recorded",
        };
        var test = node.Condition switch
        {
            ComparisonCondition { Reference: not null } => string.Empty,
            ComparisonCondition comparison => " " + Comparison(comparison),
            DistinctCondition => " (a value counted as distinct)",
            _ => string.Empty,
        };
        return node.Path + test + " (" + found + ")";
    }

    private static string Describe(TraceNode node) => node.Condition switch
    {
        LogicalCondition { Operator: LogicalOperator.All } => "all of:",
        LogicalCondition => "any of:",
        NotCondition => "not:",
        ComparisonCondition { Reference: { } reference } relative =>
            $"{relative.Fact.Path} is more than {Number(relative.Values[0])} months before {reference.Path}",
        QuantifiedCondition { Quantifier: Quantifier.Some } q => "at least one of " + q.Collection.Path + (q.Where is null ? " is recorded" : " such that:"),
        QuantifiedCondition { Quantifier: Quantifier.Every } q => "every one of " + q.Collection.Path + " meets:",
        QuantifiedCondition q => "none of " + q.Collection.Path + (q.Where is null ? " is recorded" : " such that:"),
        CountCondition count => $"the number of {count.Collection.Path}{(count.Where is null ? string.Empty : " meeting the condition")} {Bound(count.Operator, count.Bound)}:",
        DistinctCondition distinct => $"the number of different values of {distinct.Collection.Path}[].{distinct.Of.Path} {Bound(distinct.Operator, distinct.Bound)}:",
        ShareCondition share => $"the share of {share.Collection.Path}[].{share.Of.Path} held by items meeting the condition {Bound(share.Operator, share.Bound)}:",
        CodeCondition code => "the host's C# check: " + code.Description + (code.Reads.Count == 0 ? string.Empty : "; the facts it reads:"),
        FindingCondition finding => $"rule {finding.RuleId} fired (its outcome: {node.ValueText})",
        FindingCountCondition findings => $"the number of findings of {findings.FilterText} {Bound(findings.Operator, findings.Bound)} (found: {node.ValueText})",
        _ => string.Empty,
    };

    private static string Comparison(ComparisonCondition comparison) => ConditionWords.Comparison(comparison.Operator, comparison.Values, v => v);

    private static string Bound(ComparisonOperator op, double bound) => ConditionWords.Bound(op, bound);

    private static string Number(object value) => System.Convert.ToString(value, CultureInfo.InvariantCulture)!;
}
