using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage.Conditions;

namespace PartnershipRules.Engine;

/// <summary>
/// Words for the signals a <see cref="BalanceCondition"/> weighed: which fired on each side and which were left
/// unrecorded, for the evidence and for the <c>{signals}</c> placeholder of a message.
/// </summary>
internal static class Signals
{
    /// <summary>The evidence: "for: 5 fired (...); against: none fired; not recorded: 3 of 11 (...)".</summary>
    public static string Describe(BalanceCondition condition, OutcomeTable? outcomes)
    {
        var open = Open(condition, outcomes);
        return "for: " + Fired(condition.ForIds, outcomes) + "; against: " + Fired(condition.AgainstIds, outcomes)
            + "; not recorded: " + (open.Count == 0 ? "none" : Count(open.Count) + " of " + Count(Total(condition)) + " (" + string.Join(", ", open) + ")");
    }

    /// <summary>For a message: "with all 11 of its signals recorded", or "with 3 of its 11 signals not recorded (...)".</summary>
    public static string Sentence(BalanceCondition condition, OutcomeTable? outcomes)
    {
        var open = Open(condition, outcomes);
        var total = Count(Total(condition));
        return open.Count == 0
            ? "with all " + total + " of its signals recorded"
            : "with " + Count(open.Count) + " of its " + total + " signals not recorded (" + string.Join(", ", open) + ")";
    }

    private static int Total(BalanceCondition condition) => condition.ForIds.Count + condition.AgainstIds.Count;

    private static List<string> Open(BalanceCondition condition, OutcomeTable? outcomes) =>
        With(condition.ForIds.Concat(condition.AgainstIds), Outcome.InsufficientInformation, outcomes);

    private static string Fired(IReadOnlyList<string> ids, OutcomeTable? outcomes)
    {
        var fired = With(ids, Outcome.Fired, outcomes);
        return fired.Count == 0 ? "none fired" : Count(fired.Count) + " fired (" + string.Join(", ", fired) + ")";
    }

    /// <summary>The rules among <paramref name="ids"/> with that outcome, in id order.</summary>
    private static List<string> With(IEnumerable<string> ids, Outcome outcome, OutcomeTable? outcomes) => ids
        .Where(id => outcomes is not null && outcomes.TryGetValue(id, out var found) && found.Outcome == outcome)
        .Distinct(StringComparer.Ordinal)
        .OrderBy(id => id, StringComparer.Ordinal)
        .ToList();

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
