using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PartnershipRules.Facts;
using PartnershipRules.Facts.Schema;

namespace PartnershipRules.RuleLanguage.Conditions;

/// <summary>
/// Says in plain words what a bound condition tests, as an indented list, and collects the facts it reads (with the
/// list they sit in, e.g. <c>partners[].sector</c>). Used for rule documentation; the wording follows the YAML closely
/// so an author can map one onto the other.
/// </summary>
internal sealed class ConditionDescriber
{
    private readonly StringBuilder _text = new();
    private readonly SortedDictionary<string, FactField> _facts = new(StringComparer.Ordinal);

    /// <summary>The facts read, by full path, in ordinal order.</summary>
    public IReadOnlyDictionary<string, FactField> Facts => _facts;

    /// <summary>The description as Markdown list lines.</summary>
    public string Text => _text.ToString();

    public void Describe(Condition condition) => Describe(condition, string.Empty, 0);

    private void Describe(Condition condition, string prefix, int depth)
    {
        switch (condition)
        {
            case LogicalCondition logical:
                Line(depth, logical.Operator == LogicalOperator.All ? "all of the following hold:" : "at least one of the following holds:");
                foreach (var operand in logical.Operands)
                {
                    Describe(operand, prefix, depth + 1);
                }

                break;
            case NotCondition not:
                Line(depth, "it is not the case that:");
                Describe(not.Operand, prefix, depth + 1);
                break;
            case ComparisonCondition { Reference: { } reference } relative:
                Line(depth, Fact(relative.Fact, prefix) + " is more than " + Convert.ToString(relative.Values[0], CultureInfo.InvariantCulture) + " months before " + Fact(reference, prefix));
                break;
            case ComparisonCondition comparison:
                Line(depth, Fact(comparison.Fact, prefix) + " " + Comparison(comparison));
                break;
            case QuantifiedCondition quantified:
                var list = Fact(quantified.Collection, prefix);
                var items = prefix + quantified.Collection.Path + "[].";
                var lead = quantified.Quantifier switch
                {
                    Quantifier.Some => "at least one of " + list,
                    Quantifier.Every => "every one of " + list,
                    _ => "none of " + list,
                };
                if (quantified.Where is null)
                {
                    Line(depth, lead + " is recorded");
                }
                else
                {
                    Line(depth, lead + (quantified.Quantifier == Quantifier.Every ? " meets:" : " such that:"));
                    Describe(quantified.Where, items, depth + 1);
                }

                break;
            case CountCondition count:
                Line(depth, "the number of " + Fact(count.Collection, prefix) + (count.Where is null ? string.Empty : " that meet the condition below") + " " + Bound(count.Operator, count.Bound));
                if (count.Where is not null)
                {
                    Describe(count.Where, prefix + count.Collection.Path + "[].", depth + 1);
                }

                break;
            case DistinctCondition distinct:
                Line(depth, "the number of different known values of " + Fact(distinct.Of, prefix + distinct.Collection.Path + "[].") + " " + Bound(distinct.Operator, distinct.Bound));
                break;
            case ShareCondition share:
                Line(depth, "the share of the total " + Fact(share.Of, prefix + share.Collection.Path + "[].") + " held by items that meet the condition below " + Bound(share.Operator, share.Bound));
                Describe(share.Where, prefix + share.Collection.Path + "[].", depth + 1);
                break;
            case CodeCondition code:
                Line(depth, "the host's C# check holds: " + code.Description + (code.Reads.Count == 0 ? string.Empty : " (reads " + string.Join(", ", code.Reads.Select(r => Fact(r, prefix))) + ")"));
                break;
            case FindingCondition finding:
                Line(depth, $"rule [{finding.RuleId}]({finding.RuleId}.md) fired");
                break;
            case FindingCountCondition findings:
                Line(depth, "the number of findings of " + findings.FilterText + " (" + string.Join(", ", findings.RuleIds.Select(id => $"[{id}]({id}.md)")) + ") " + Bound(findings.Operator, findings.Bound));
                break;
        }
    }

    private string Fact(FactAccess access, string prefix)
    {
        var path = prefix + access.Path;
        _facts[path] = access.Field;
        return "`" + path + "`";
    }

    // The rule pages say "recorded and known", where explanations, which show the value found, say "known".
    private static string Comparison(ComparisonCondition comparison) =>
        comparison.Operator == ComparisonOperator.IsKnown
            ? "is recorded and known"
            : ConditionWords.Comparison(comparison.Operator, comparison.Values, v => "`" + v + "`");

    private static string Bound(ComparisonOperator op, double bound) => ConditionWords.Bound(op, bound);

    private void Line(int depth, string text) => _text.Append(' ', depth * 2).Append("- ").Append(text).Append('\n');
}
