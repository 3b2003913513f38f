using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Facts.Schema;

namespace PartnershipRules.RuleLanguage.Conditions.Syntax;

/// <summary>
/// <c>balance: {for: FILTER, against: FILTER}</c> with <c>forAtLeast</c>, <c>againstAtMost</c> and
/// <c>recordedAtLeast</c>: a classification decided by the signals that were recorded (see <see cref="BalanceCondition"/>).
/// </summary>
internal sealed class BalanceSyntax : ConditionSyntax
{
    private static readonly string[] SideKeys = { "for", "against" };

    private static readonly string[] AllKeys = { "balance", "forAtLeast", "againstAtMost", "recordedAtLeast" };

    public override IReadOnlyList<string> Heads { get; } = new[] { "balance" };

    public override IReadOnlyCollection<string> Keys(string head) => AllKeys;

    public override Condition? Bind(DocMapping mapping, DocEntry head, RecordSchema scope, ConditionBinder binder)
    {
        if (head.Value is not DocMapping sides)
        {
            return binder.Fail(DiagnosticDescriptors.WrongType, head.Value.Location, "balance", "a mapping with 'for' and 'against', each a findings filter");
        }

        if (!binder.OnlyKeys(sides, SideKeys))
        {
            return null;
        }

        var forSide = Side(sides, "for", binder);
        var againstSide = Side(sides, "against", binder);
        var forAtLeast = Threshold(mapping, "forAtLeast", binder, 1, double.MaxValue);
        var againstAtMost = Threshold(mapping, "againstAtMost", binder, 0, double.MaxValue);
        var recordedAtLeast = Threshold(mapping, "recordedAtLeast", binder, 0, 1);
        if (forSide is null || againstSide is null || forAtLeast is null || againstAtMost is null || recordedAtLeast is null)
        {
            return null;
        }

        var shared = forSide.Value.Ids.Intersect(againstSide.Value.Ids).ToList();
        if (shared.Count > 0)
        {
            return binder.Fail(DiagnosticDescriptors.InvalidValue, head.Value.Location, string.Join(", ", shared), "balance", "A signal cannot count both for and against; make the two filters select different rules.");
        }

        return new BalanceCondition(head.Key.Location, forSide.Value.Text, forSide.Value.Ids, againstSide.Value.Text, againstSide.Value.Ids, forAtLeast.Value, againstAtMost.Value, recordedAtLeast.Value);
    }

    private static (IReadOnlyList<string> Ids, string Text)? Side(DocMapping sides, string key, ConditionBinder binder)
    {
        if (sides.Find(key) is not { } entry)
        {
            binder.Fail(DiagnosticDescriptors.MissingKey, sides.Location, "'balance'", key);
            return null;
        }

        return FindingsSyntax.ReadFilter(entry, binder);
    }

    private static double? Threshold(DocMapping mapping, string key, ConditionBinder binder, double minimum, double maximum)
    {
        if (mapping.Find(key) is not { } entry)
        {
            binder.Fail(DiagnosticDescriptors.MissingKey, mapping.Location, "'balance'", key);
            return null;
        }

        var value = binder.Number(entry);
        if (value is { } number && (number < minimum || number > maximum))
        {
            binder.Fail(DiagnosticDescriptors.InvalidNumber, entry.Value.Location, key, maximum <= 1 ? "a share from 0 to 1" : "a number of at least " + minimum.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Empty);
            return null;
        }

        return value;
    }
}
