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
    public static void Deciding(TraceNode node, List<TraceNode> leaves, List<string>? matches)
    {
        if (node.IsLeaf || (node.Condition is FindingCondition or FindingCountCondition))
        {
            leaves.Add(node);
            return;
        }

        var value = node.Value;
        IEnumerable<TraceNode> chosen;
        switch (node.Condition)
        {
            case LogicalCondition { Operator: LogicalOperator.All }:
                chosen = value == Truth.True ? node.Children : node.Children.Where(c => c.Value == value);
                break;
            case LogicalCondition:
                chosen = value == Truth.False ? node.Children : node.Children.Where(c => c.Value == value);
                break;
            case NotCondition:
                chosen = node.Children;
                break;
            case QuantifiedCondition { Quantifier: Quantifier.Some }:
                chosen = value == Truth.False ? node.Children : node.Children.Where(c => c.Value == value);
                break;
            case QuantifiedCondition { Quantifier: Quantifier.Every }:
                chosen = value == Truth.True ? node.Children : node.Children.Where(c => c.Value == value);
                break;
            case QuantifiedCondition:
                chosen = value == Truth.True ? node.Children : node.Children.Where(c => c.Value == (value == Truth.False ? Truth.True : Truth.Unknown));
                break;
            case DistinctCondition:
                chosen = value == Truth.Unknown ? node.Children.Where(c => c.Value == Truth.Unknown) : node.Children.Where(c => c.Value == Truth.True);
                break;
            case CountCondition or ShareCondition:
                chosen = node.Children.Where(c => c.Value == (value == Truth.Unknown ? Truth.Unknown : Truth.True) || c.IsLeaf);
                break;
            default:
                chosen = node.Children;
                break;
        }

        var countsMatches = value == Truth.True && node.Condition is QuantifiedCondition { Quantifier: Quantifier.Some } or CountCondition or ShareCondition;
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
}
