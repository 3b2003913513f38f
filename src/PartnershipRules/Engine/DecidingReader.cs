using System.Collections;
using System.Collections.Generic;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage.Conditions;

namespace PartnershipRules.Engine;

/// <summary>
/// What a message needs from a rule's condition, read without building a trace: its value, the items it matched
/// (<c>{matches}</c>) and the labels of the branches that decided it (<c>{because}</c>, criteria per branch). It reads
/// the tracer's compiled delegates and follows exactly the choices <see cref="TraceReading"/> makes on a full trace
/// (an agreement test holds the two together), allocating only the lists it fills.
/// </summary>
internal sealed class DecidingReader
{
    private readonly ConditionTracer _tracer;

    // Whether a list sits inside another list's condition: only then may an item be named by a path below the top.
    private readonly bool _nestedLists;

    public DecidingReader(ConditionTracer tracer, Condition condition)
    {
        _tracer = tracer;
        var nested = false;
        BranchLabels.Walk(condition, (c, _) => nested |= WhereOf(c) is { } where && HasList(where));
        _nestedLists = nested;
    }

    /// <summary>
    /// Whether a matched item's name may carry the record a join named ("(controlled by X)"): a comparison through a
    /// reference inside a list's condition. Such a rule's message is read from a full trace, which records the join.
    /// </summary>
    public static bool JoinsInItems(Condition condition)
    {
        var joins = false;
        BranchLabels.Walk(condition, (c, _) => joins |= WhereOf(c) is { } where && Any(where, w => w is ComparisonCondition { Fact.Reference: not null }));
        return joins;
    }

    private static Condition? WhereOf(Condition condition) => condition switch
    {
        QuantifiedCondition quantified => quantified.Where,
        CountCondition count => count.Where,
        ShareCondition share => share.Where,
        _ => null,
    };

    private static bool HasList(Condition condition) => Any(condition, c => c is QuantifiedCondition or CountCondition or ShareCondition or DistinctCondition);

    private static bool Any(Condition condition, System.Func<Condition, bool> test)
    {
        var found = false;
        BranchLabels.Walk(condition, (c, _) => found |= test(c));
        return found;
    }

    /// <summary>The three-valued value of a condition where it is read.</summary>
    public Truth Value(Condition condition, ConditionTracer.Place at)
    {
        switch (condition)
        {
            case LogicalCondition logical:
                var all = logical.Operator == LogicalOperator.All;
                var combined = all ? Truth.True : Truth.False;
                foreach (var operand in logical.Operands)
                {
                    combined = all ? Kleene.And(combined, Value(operand, at)) : Kleene.Or(combined, Value(operand, at));
                }

                return combined;
            case NotCondition not:
                return Kleene.Not(Value(not.Operand, at));
            default:
                return _tracer.TruthOf(condition, at);
        }
    }

    /// <summary>The items a true <c>some</c>, <c>count</c> or <c>share</c> matched, in the branches that decided the value.</summary>
    public void Matches(Condition condition, ConditionTracer.Place at, Truth value, List<string> matches)
    {
        if (condition.ReadsOutcomes)
        {
            return;
        }

        switch (condition)
        {
            case LogicalCondition logical:
                // All: every operand when true, else those that made it false or unknown; any, the other way round.
                var everyOperand = logical.Operator == LogicalOperator.All ? Truth.True : Truth.False;
                foreach (var operand in logical.Operands)
                {
                    var operandValue = Value(operand, at);
                    if (value == everyOperand || operandValue == value)
                    {
                        Matches(operand, at, operandValue, matches);
                    }
                }

                break;
            case NotCondition not:
                Matches(not.Operand, at, Kleene.Not(value), matches);
                break;
            case QuantifiedCondition quantified:
                Items(quantified, quantified.Collection, quantified.Where, at, value, matches);
                break;
            case CountCondition count:
                Items(count, count.Collection, count.Where, at, value, matches);
                break;
            case ShareCondition share:
                Items(share, share.Collection, share.Where, at, value, matches);
                break;
        }
    }

    /// <summary>The labels of the true conditions that decided a true value, in order, each once (see <see cref="TraceReading.Labels"/>).</summary>
    public void Labels(Condition condition, ConditionTracer.Place at, Truth value, List<BranchLabel> labels)
    {
        if (value != Truth.True)
        {
            return;
        }

        if (condition.Label is { } label && !labels.Contains(label))
        {
            labels.Add(label);
        }

        switch (condition)
        {
            case LogicalCondition logical:
                foreach (var operand in logical.Operands)
                {
                    Labels(operand, at, Value(operand, at), labels);
                }

                break;
            case QuantifiedCondition { Quantifier: not Quantifier.None } quantified:
                ItemLabels(quantified.Collection, quantified.Where, at, labels);
                break;
            case CountCondition count:
                ItemLabels(count.Collection, count.Where, at, labels);
                break;
            case ShareCondition share:
                ItemLabels(share.Collection, share.Where, at, labels);
                break;
        }
    }

    private void ItemLabels(FactAccess collection, Condition? where, ConditionTracer.Place at, List<BranchLabel> labels)
    {
        if (where is null || _tracer.ListOf(collection, at) is not IList list)
        {
            return;
        }

        for (var i = 0; i < list.Count; i++)
        {
            var item = At(at, collection, list, i, where);
            Labels(where, item, Value(where, item), labels);
        }
    }

    private void Items(Condition condition, FactAccess collection, Condition? where, ConditionTracer.Place at, Truth value, List<string> matches)
    {
        if (_tracer.ListOf(collection, at) is not IList list)
        {
            // An unrecorded list is a leaf: nothing matched.
            return;
        }

        var counts = value == Truth.True && condition is QuantifiedCondition { Quantifier: Quantifier.Some } or CountCondition or ShareCondition;
        for (var i = 0; i < list.Count; i++)
        {
            var item = where is null ? at : At(at, collection, list, i, where);
            var itemValue = where is null ? Truth.True : Value(where, item);
            if (!Chosen(condition, value, itemValue))
            {
                continue;
            }

            if (counts && itemValue == Truth.True)
            {
                matches.Add(_tracer.ItemLabel(collection, list[i]!) ?? ItemPath(at, collection, i));
            }

            if (where is not null)
            {
                Matches(where, item, itemValue, matches);
            }
        }
    }

    /// <summary>Which items decided a list condition's value (as <see cref="TraceReading"/> chooses among a trace's items).</summary>
    private static bool Chosen(Condition condition, Truth value, Truth item) => condition switch
    {
        QuantifiedCondition { Quantifier: Quantifier.Some } => value == Truth.False || item == value,
        QuantifiedCondition { Quantifier: Quantifier.Every } => value == Truth.True || item == value,
        QuantifiedCondition => value == Truth.True || item == (value == Truth.False ? Truth.True : Truth.Unknown),
        _ => item == (value == Truth.Unknown ? Truth.Unknown : Truth.True),
    };

    /// <summary>
    /// Where an item's condition is read. Its path is built only when a list below may name an item by its path (an
    /// item with no name), so the common case allocates nothing.
    /// </summary>
    private ConditionTracer.Place At(ConditionTracer.Place at, FactAccess collection, IList list, int i, Condition where) =>
        new(list[i]!, _nestedLists ? ItemPath(at, collection, i) + "." : at.Prefix, at.Outcomes, at.Root);

    private static string ItemPath(ConditionTracer.Place at, FactAccess collection, int i) =>
        at.Prefix + collection.Path + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
}
