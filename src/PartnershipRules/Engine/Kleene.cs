using System;
using System.Collections.Generic;
using PartnershipRules.Facts;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage.Conditions;

namespace PartnershipRules.Engine;

/// <summary>
/// The three-valued semantics of the condition language. Compiled conditions call these methods; so does the
/// explanation tracer for its leaves, so a rule's fast check and its explanation cannot disagree on a comparison.
/// </summary>
internal static class Kleene
{
    public static Truth Of(bool value) => value ? Truth.True : Truth.False;

    public static Truth Not(Truth value) => (Truth)(2 - (int)value);

    public static Truth And(Truth left, Truth right) => left < right ? left : right;

    public static Truth Or(Truth left, Truth right) => left > right ? left : right;

    public static Truth Equal<T>(Fact<T> fact, T value) =>
        fact.IsKnown ? Of(EqualityComparer<T>.Default.Equals(fact.Value, value)) : Truth.Unknown;

    public static Truth NotEqual<T>(Fact<T> fact, T value) => Not(Equal(fact, value));

    public static Truth OneOf<T>(Fact<T> fact, T[] values)
    {
        if (!fact.IsKnown)
        {
            return Truth.Unknown;
        }

        foreach (var value in values)
        {
            if (EqualityComparer<T>.Default.Equals(fact.Value, value))
            {
                return Truth.True;
            }
        }

        return Truth.False;
    }

    public static Truth NoneOf<T>(Fact<T> fact, T[] values) => Not(OneOf(fact, values));

    public static Truth Compare<T>(Fact<T> fact, T value, ComparisonOperator op) =>
        fact.IsKnown ? Of(Holds(Comparer<T>.Default.Compare(fact.Value, value), op)) : Truth.Unknown;

    public static Truth Contains<T>(IReadOnlyList<T>? list, T value)
    {
        if (list is null)
        {
            return Truth.Unknown;
        }

        foreach (var item in list)
        {
            if (EqualityComparer<T>.Default.Equals(item, value))
            {
                return Truth.True;
            }
        }

        return Truth.False;
    }

    public static Truth IsKnown<T>(Fact<T> fact) => Of(fact.IsKnown);

    /// <summary>Whether a date lies more than <paramref name="months"/> whole months before the reference date.</summary>
    public static Truth OlderThanMonths(Fact<DateTime> date, Fact<DateTime> reference, int months)
    {
        if (!date.IsKnown || !reference.IsKnown)
        {
            return Truth.Unknown;
        }

        // Near DateTime's ends the cut-off date does not exist: nothing can lie before a cut-off earlier than the first
        // representable date, and everything lies before one later than the last.
        var monthsFromStart = ((reference.Value.Year - 1) * 12) + reference.Value.Month - 1;
        if (months > monthsFromStart)
        {
            return Truth.False;
        }

        if (months < 0 && -months > ((9999 - reference.Value.Year) * 12) + 12 - reference.Value.Month)
        {
            return Truth.True;
        }

        return Of(date.Value < reference.Value.AddMonths(-months));
    }

    public static Truth IsKnownList(object? list) => Of(list is not null);

    public static Fact<string> Identifier(string? value) => Fact<string>.Of(value!);

    public static Fact<ObservedValue> Observed(Observation? observation) => observation?.Value ?? default;

    /// <summary>
    /// The position of the record a reference names: the first whose key (its id) is the reference, else the first
    /// whose second key (its name) is; -1 when the reference is not known or names no record.
    /// </summary>
    public static int Resolve<TTarget>(IReadOnlyList<TTarget>? records, Fact<string> reference, Func<TTarget, string?> key, Func<TTarget, string?> secondKey)
    {
        if (!reference.IsKnown || records is null)
        {
            return -1;
        }

        for (var i = 0; i < records.Count; i++)
        {
            if (string.Equals(key(records[i]), reference.Value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        for (var i = 0; i < records.Count; i++)
        {
            if (string.Equals(secondKey(records[i]), reference.Value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A fact of the record a reference names (a join). Not recorded when the reference is not; unknown when it is
    /// unknown or names no record (a case file with such a reference is refused when it loads; from code it reads as
    /// unknown, never as another record's fact).
    /// </summary>
    public static Fact<T> Follow<TTarget, T>(IReadOnlyList<TTarget>? records, Fact<string> reference, Func<TTarget, string?> key, Func<TTarget, string?> secondKey, Func<TTarget, Fact<T>> read)
    {
        if (reference.State == FactState.NotRecorded)
        {
            return default;
        }

        var index = Resolve(records, reference, key, secondKey);
        return index < 0 ? Fact<T>.Unknown : read(records![index]);
    }

    /// <summary>Kleene: some item true → true; else some unknown (or list not recorded) → unknown; else false.</summary>
    public static Truth Some<TItem>(IReadOnlyList<TItem>? list, Func<TItem, Truth>? predicate)
    {
        if (list is null)
        {
            return Truth.Unknown;
        }

        var result = Truth.False;
        foreach (var item in list)
        {
            var value = predicate is null ? Truth.True : predicate(item);
            if (value == Truth.True)
            {
                return Truth.True;
            }

            if (value == Truth.Unknown)
            {
                result = Truth.Unknown;
            }
        }

        return result;
    }

    public static Truth Every<TItem>(IReadOnlyList<TItem>? list, Func<TItem, Truth> predicate)
    {
        if (list is null)
        {
            return Truth.Unknown;
        }

        var result = Truth.True;
        foreach (var item in list)
        {
            var value = predicate(item);
            if (value == Truth.False)
            {
                return Truth.False;
            }

            if (value == Truth.Unknown)
            {
                result = Truth.Unknown;
            }
        }

        return result;
    }

    public static Truth None<TItem>(IReadOnlyList<TItem>? list, Func<TItem, Truth>? predicate) => Not(Some(list, predicate));

    /// <summary>Counts as an interval: items known to match, and those that might.</summary>
    public static Truth Count<TItem>(IReadOnlyList<TItem>? list, Func<TItem, Truth>? predicate, ComparisonOperator op, double bound)
    {
        if (list is null)
        {
            return Truth.Unknown;
        }

        int low = 0, high = 0;
        foreach (var item in list)
        {
            var value = predicate is null ? Truth.True : predicate(item);
            if (value == Truth.True)
            {
                low++;
                high++;
            }
            else if (value == Truth.Unknown)
            {
                high++;
            }
        }

        return Interval(low, high, op, bound);
    }

    public static Truth Distinct<TItem, TValue>(IReadOnlyList<TItem>? list, Func<TItem, Fact<TValue>> selector, ComparisonOperator op, double bound)
    {
        if (list is null)
        {
            return Truth.Unknown;
        }

        var known = new HashSet<TValue>();
        var unknown = 0;
        foreach (var item in list)
        {
            var value = selector(item);
            if (value.IsKnown)
            {
                known.Add(value.Value);
            }
            else
            {
                unknown++;
            }
        }

        var low = known.Count == 0 && unknown > 0 ? 1 : known.Count;
        return Interval(low, known.Count + unknown, op, bound);
    }

    /// <summary>
    /// Distinct values across every item's list (e.g. the professions all partners bring). An item whose list is not
    /// recorded could add any number of values, so the upper end of the interval is open.
    /// </summary>
    public static Truth DistinctInLists<TItem, TValue>(IReadOnlyList<TItem>? list, Func<TItem, IReadOnlyList<TValue>?> selector, ComparisonOperator op, double bound)
    {
        if (list is null)
        {
            return Truth.Unknown;
        }

        var known = new HashSet<TValue>();
        var unrecorded = false;
        foreach (var item in list)
        {
            var values = selector(item);
            if (values is null)
            {
                unrecorded = true;
            }
            else
            {
                known.UnionWith(values);
            }
        }

        return Interval(known.Count, unrecorded ? double.PositiveInfinity : known.Count, op, bound);
    }

    /// <summary>The share of the total of <paramref name="amount"/> held by items that satisfy the predicate.</summary>
    public static Truth Share<TItem>(IReadOnlyList<TItem>? list, Func<TItem, Fact<double>> amount, Func<TItem, Truth> predicate, ComparisonOperator op, double bound)
    {
        if (list is null)
        {
            return Truth.Unknown;
        }

        double total = 0, low = 0, high = 0;
        foreach (var item in list)
        {
            var value = amount(item);
            if (!value.IsKnown)
            {
                return Truth.Unknown;
            }

            total += value.Value;
            var matches = predicate(item);
            if (matches == Truth.True)
            {
                low += value.Value;
                high += value.Value;
            }
            else if (matches == Truth.Unknown)
            {
                high += value.Value;
            }
        }

        return total <= 0 ? Truth.Unknown : Interval(low / total, high / total, op, bound);
    }

    public static Truth Finding(OutcomeTable? outcomes, string ruleId) =>
        outcomes is not null && outcomes.TryGetValue(ruleId, out var found) ? OfOutcome(found.Outcome) : Truth.False;

    private static Truth OfOutcome(Outcome outcome) => outcome switch
    {
        Outcome.Fired => Truth.True,
        Outcome.InsufficientInformation => Truth.Unknown,
        _ => Truth.False,
    };

    public static Truth FindingCount(OutcomeTable? outcomes, HashSet<string> ruleIds, ComparisonOperator op, double bound)
    {
        var (fired, open) = Tally(outcomes, ruleIds);
        return Interval(fired, fired + open, op, bound);
    }

    /// <summary>
    /// A classification by the balance of recorded signals (<see cref="BalanceCondition"/>). False as soon as the
    /// recorded signals rule it out (too many against fired, or too few for could fire even if every unrecorded one
    /// did); true when enough for fired, few enough against fired, and enough of all the signals were recorded;
    /// otherwise unknown. It departs from strict three-valued counting on purpose: the signals left unrecorded do not
    /// hold back a type that the recorded ones already show, and the finding says how many they were.
    /// </summary>
    public static Truth Balance(OutcomeTable? outcomes, HashSet<string> forIds, HashSet<string> againstIds, double forAtLeast, double againstAtMost, double recordedAtLeast)
    {
        var (forFired, forOpen) = Tally(outcomes, forIds);
        var (againstFired, againstOpen) = Tally(outcomes, againstIds);
        if (againstFired > againstAtMost || forFired + forOpen < forAtLeast)
        {
            return Truth.False;
        }

        var total = forIds.Count + againstIds.Count;
        var recorded = total - forOpen - againstOpen;
        return forFired >= forAtLeast && recorded >= recordedAtLeast * total ? Truth.True : Truth.Unknown;
    }

    /// <summary>How many of the rules fired, and how many could not be decided (a rule with no outcome did not fire).</summary>
    public static (int Fired, int Open) Tally(OutcomeTable? outcomes, HashSet<string> ruleIds)
    {
        int fired = 0, open = 0;
        if (outcomes is not null)
        {
            foreach (var id in ruleIds)
            {
                if (outcomes.TryGetValue(id, out var outcome))
                {
                    fired += outcome.Outcome == Outcome.Fired ? 1 : 0;
                    open += outcome.Outcome == Outcome.InsufficientInformation ? 1 : 0;
                }
            }
        }

        return (fired, open);
    }

    /// <summary>Decides a comparison for a value known only to lie in [low, high].</summary>
    public static Truth Interval(double low, double high, ComparisonOperator op, double bound)
    {
        bool lowHolds = Holds(low.CompareTo(bound), op), highHolds = Holds(high.CompareTo(bound), op);
        if (low == high)
        {
            return Of(lowHolds);
        }

        switch (op)
        {
            case ComparisonOperator.Equals:
                return bound < low || bound > high ? Truth.False : Truth.Unknown;
            case ComparisonOperator.NotEquals:
                return bound < low || bound > high ? Truth.True : Truth.Unknown;
            default:
                // The other comparisons are monotone in the value: equal answers at both ends decide it.
                return lowHolds == highHolds ? Of(lowHolds) : Truth.Unknown;
        }
    }

    public static Outcome Gate(Truth applies, Truth condition)
    {
        if (applies == Truth.False)
        {
            return Outcome.NotApplicable;
        }

        return condition switch
        {
            Truth.False => Outcome.NotFired,
            Truth.True when applies == Truth.True => Outcome.Fired,
            _ => Outcome.InsufficientInformation,
        };
    }

    private static bool Holds(int comparison, ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equals => comparison == 0,
        ComparisonOperator.NotEquals => comparison != 0,
        ComparisonOperator.LessThan => comparison < 0,
        ComparisonOperator.GreaterThan => comparison > 0,
        ComparisonOperator.AtLeast => comparison >= 0,
        ComparisonOperator.AtMost => comparison <= 0,
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Not an ordering comparison."),
    };
}
