using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PartnershipRules.Facts.Schema;

namespace PartnershipRules.RuleLanguage.Conditions;

/// <summary>
/// Says in plain words what a bound condition tests, as an indented list, and collects the facts it reads (with the
/// list they sit in, e.g. <c>partners[].sector</c>). Used for rule documentation; the wording follows the YAML closely
/// so an author can map one onto the other.
/// </summary>
internal sealed class ConditionDescriber : ConditionVisitor<(string Prefix, int Depth), bool>
{
    private readonly StringBuilder _text = new();
    private readonly SortedDictionary<string, FactField> _facts = new(StringComparer.Ordinal);

    /// <summary>The facts read, by full path, in ordinal order.</summary>
    public IReadOnlyDictionary<string, FactField> Facts => _facts;

    /// <summary>The description as Markdown list lines.</summary>
    public string Text => _text.ToString();

    public void Describe(Condition condition) => Visit(condition, (string.Empty, 0));

    public override bool VisitLogical(LogicalCondition condition, (string Prefix, int Depth) at)
    {
        Line(condition, at.Depth, condition.Operator == LogicalOperator.All ? "all of the following hold:" : "at least one of the following holds:");
        foreach (var operand in condition.Operands)
        {
            Visit(operand, (at.Prefix, at.Depth + 1));
        }

        return true;
    }

    public override bool VisitNot(NotCondition condition, (string Prefix, int Depth) at)
    {
        Line(condition, at.Depth, "it is not the case that:");
        return Visit(condition.Operand, (at.Prefix, at.Depth + 1));
    }

    public override bool VisitComparison(ComparisonCondition condition, (string Prefix, int Depth) at)
    {
        Line(
            condition,
            at.Depth,
            condition.Reference is { } reference
                ? Fact(condition.Fact, at.Prefix) + " is more than " + Convert.ToString(condition.Values[0], CultureInfo.InvariantCulture) + " months before " + Fact(reference, at.Prefix)
                : Fact(condition.Fact, at.Prefix) + " " + Comparison(condition));
        return true;
    }

    public override bool VisitQuantified(QuantifiedCondition condition, (string Prefix, int Depth) at)
    {
        var list = Fact(condition.Collection, at.Prefix);
        var lead = condition.Quantifier switch
        {
            Quantifier.Some => "at least one of " + list,
            Quantifier.Every => "every one of " + list,
            _ => "none of " + list,
        };
        if (condition.Where is null)
        {
            Line(condition, at.Depth, lead + " is recorded");
            return true;
        }

        Line(condition, at.Depth, lead + (condition.Quantifier == Quantifier.Every ? " meets:" : " such that:"));
        return Visit(condition.Where, (Items(at.Prefix, condition.Collection), at.Depth + 1));
    }

    public override bool VisitCount(CountCondition condition, (string Prefix, int Depth) at)
    {
        Line(condition, at.Depth, "the number of " + Fact(condition.Collection, at.Prefix) + (condition.Where is null ? string.Empty : " that meet the condition below") + " " + ConditionWords.Bound(condition.Operator, condition.Bound));
        return condition.Where is null || Visit(condition.Where, (Items(at.Prefix, condition.Collection), at.Depth + 1));
    }

    public override bool VisitDistinct(DistinctCondition condition, (string Prefix, int Depth) at)
    {
        Line(condition, at.Depth, "the number of different known values of " + Fact(condition.Of, Items(at.Prefix, condition.Collection)) + " " + ConditionWords.Bound(condition.Operator, condition.Bound));
        return true;
    }

    public override bool VisitShare(ShareCondition condition, (string Prefix, int Depth) at)
    {
        Line(condition, at.Depth, "the share of the total " + Fact(condition.Of, Items(at.Prefix, condition.Collection)) + " held by items that meet the condition below " + ConditionWords.Bound(condition.Operator, condition.Bound));
        return Visit(condition.Where, (Items(at.Prefix, condition.Collection), at.Depth + 1));
    }

    public override bool VisitFinding(FindingCondition condition, (string Prefix, int Depth) at)
    {
        Line(condition, at.Depth, $"rule [{condition.RuleId}]({condition.RuleId}.md) fired");
        return true;
    }

    public override bool VisitFindingCount(FindingCountCondition condition, (string Prefix, int Depth) at)
    {
        Line(condition, at.Depth, "the number of findings of " + condition.FilterText + " (" + string.Join(", ", condition.RuleIds.Select(id => $"[{id}]({id}.md)")) + ") " + ConditionWords.Bound(condition.Operator, condition.Bound));
        return true;
    }

    public override bool VisitBalance(BalanceCondition condition, (string Prefix, int Depth) at)
    {
        static string Rules(IEnumerable<string> ids) => string.Join(", ", ids.Select(id => $"[{id}]({id}.md)"));
        Line(condition, at.Depth, "the recorded signals decide it (signals left unrecorded do not hold it back):");
        Part(at.Depth + 1, "at least " + ConditionWords.Number(condition.ForAtLeast) + " of " + condition.ForText + " fired (" + Rules(condition.ForIds) + ")");
        Part(at.Depth + 1, "at most " + ConditionWords.Number(condition.AgainstAtMost) + " of " + condition.AgainstText + " fired (" + Rules(condition.AgainstIds) + ")");
        Part(at.Depth + 1, "at least " + ConditionWords.Number(condition.RecordedAtLeast * 100) + "% of these signals were decided rather than left for lack of information");
        return true;
    }

    public override bool VisitCode(CodeCondition condition, (string Prefix, int Depth) at)
    {
        Line(condition, at.Depth, "the host's C# check holds: " + condition.Description + (condition.Reads.Count == 0 ? string.Empty : " (reads " + string.Join(", ", condition.Reads.Select(r => Fact(r, at.Prefix))) + ")"));
        return true;
    }

    private static string Items(string prefix, FactAccess collection) => prefix + collection.Path + "[].";

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

    /// <summary>A line that describes part of a condition, not a condition of its own (so it carries no label).</summary>
    private void Part(int depth, string text) => _text.Append(' ', depth * 2).Append("- ").Append(text).Append('\n');

    private void Line(Condition condition, int depth, string text)
    {
        _text.Append(' ', depth * 2).Append("- ").Append(text);

        // A branch label is part of what the rule says: the words {because} prints and the criteria the branch shows.
        if (condition.Label is { } label)
        {
            _text.Append(" —");
            if (label.Because is not null)
            {
                _text.Append(" {because}: \u201C").Append(label.Because).Append('\u201D');
            }

            if (label.Criteria.Count > 0)
            {
                _text.Append(label.Because is null ? " criteria: " : "; criteria: ").Append(string.Join(", ", label.Criteria));
            }
        }

        _text.Append('\n');
    }
}
