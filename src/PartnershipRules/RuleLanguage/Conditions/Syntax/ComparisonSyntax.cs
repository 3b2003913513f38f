using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Facts.Schema;

namespace PartnershipRules.RuleLanguage.Conditions.Syntax;

/// <summary><c>fact: PATH</c> with one operator: <c>equals</c>, <c>oneOf</c>, <c>atLeast</c>, <c>contains</c>, <c>is</c>, <c>olderThanMonths</c>...</summary>
internal sealed class ComparisonSyntax : ConditionSyntax
{
    /// <summary>The operators of a comparison, as written.</summary>
    internal static readonly IReadOnlyDictionary<string, ComparisonOperator> Operators = new Dictionary<string, ComparisonOperator>(StringComparer.Ordinal)
    {
        ["equals"] = ComparisonOperator.Equals,
        ["notEquals"] = ComparisonOperator.NotEquals,
        ["oneOf"] = ComparisonOperator.OneOf,
        ["noneOf"] = ComparisonOperator.NoneOf,
        ["lessThan"] = ComparisonOperator.LessThan,
        ["greaterThan"] = ComparisonOperator.GreaterThan,
        ["atLeast"] = ComparisonOperator.AtLeast,
        ["atMost"] = ComparisonOperator.AtMost,
        ["contains"] = ComparisonOperator.Contains,
        ["is"] = ComparisonOperator.IsKnown,
        ["olderThanMonths"] = ComparisonOperator.OlderThanMonths,
    };

    /// <summary>The key naming the date <c>olderThanMonths</c> measures from, when it is not the assessment date.</summary>
    internal const string FromKey = "from";

    private static readonly string[] AllKeys = new[] { "fact", FromKey }.Concat(Operators.Keys).ToArray();

    public override IReadOnlyList<string> Heads { get; } = new[] { "fact" };

    public override IReadOnlyCollection<string> Keys(string head) => AllKeys;

    public override Condition? Bind(DocMapping mapping, DocEntry head, RecordSchema scope, ConditionBinder binder)
    {
        var access = binder.ResolvePath(head.Value, scope, "fact", follow: true);
        if (access is null)
        {
            return null;
        }

        var operators = mapping.Entries.Where(e => Operators.ContainsKey(e.Key.Value)).ToList();
        if (operators.Count != 1)
        {
            return binder.Fail(DiagnosticDescriptors.OneComparisonExpected, mapping.Location, "A comparison of '" + access.Path + "'", string.Join(", ", Operators.Keys));
        }

        var entry = operators[0];
        var written = entry.Key.Value;
        var op = Operators[written];
        if (mapping.Find(FromKey) is { } stray && op != ComparisonOperator.OlderThanMonths)
        {
            return binder.Mismatch(stray.Key.Location, FromKey, access.Path, "compared with '" + written + "'", "'from' names the date that 'olderThanMonths' measures from; other comparisons take no second fact.");
        }

        var field = access.Field;
        if (field.Shape is FieldShape.Record or FieldShape.RecordList)
        {
            return binder.Mismatch(head.Value.Location, written, access.Path, field.Describe(), "Compare one of its facts, or use some, every, none or count for lists.");
        }

        switch (op)
        {
            case ComparisonOperator.IsKnown:
                return BindIs(entry, access, binder);
            case ComparisonOperator.OlderThanMonths:
                return BindOlderThan(mapping, entry, access, scope, binder);
            case ComparisonOperator.Contains:
                if (field.Shape != FieldShape.ValueList)
                {
                    return binder.Mismatch(entry.Key.Location, written, access.Path, field.Describe(), "'contains' applies to lists of values; use 'equals' or 'oneOf'.");
                }

                var item = binder.ParseValue(entry.Value, field.ScalarType!, access.Path, written);
                return item is null ? null : new ComparisonCondition(entry.Key.Location, access, op, new[] { item });
        }

        if (field.Shape == FieldShape.ValueList)
        {
            return binder.Mismatch(entry.Key.Location, written, access.Path, field.Describe(), "Use 'contains' or 'is'.");
        }

        var type = field.ScalarType!;
        if (op is ComparisonOperator.LessThan or ComparisonOperator.GreaterThan or ComparisonOperator.AtLeast or ComparisonOperator.AtMost && !type.IsOrdered)
        {
            return binder.Mismatch(entry.Key.Location, written, access.Path, type.Description, "Ordering needs a number, a date or a scale; use 'equals' or 'oneOf'.");
        }

        if (op is ComparisonOperator.OneOf or ComparisonOperator.NoneOf)
        {
            if (entry.Value is not DocSequence { Items.Count: > 0 } list)
            {
                return binder.Fail(DiagnosticDescriptors.ListExpected, entry.Value.Location, written, "values");
            }

            var values = new List<object>();
            foreach (var element in list.Items)
            {
                var parsed = binder.ParseValue(element, type, access.Path, written);
                if (parsed is null)
                {
                    return null;
                }

                values.Add(parsed);
            }

            return new ComparisonCondition(entry.Key.Location, access, op, values);
        }

        var value = binder.ParseValue(entry.Value, type, access.Path, written);
        return value is null ? null : new ComparisonCondition(entry.Key.Location, access, op, new[] { value });
    }

    private static Condition? BindIs(DocEntry entry, FactAccess access, ConditionBinder binder)
    {
        var text = (entry.Value as DocScalar)?.Value;
        switch (text)
        {
            case "known":
                return new ComparisonCondition(entry.Key.Location, access, ComparisonOperator.IsKnown, Array.Empty<object>());
            case "unknown":
                return new ComparisonCondition(entry.Key.Location, access, ComparisonOperator.IsUnknown, Array.Empty<object>());
            case "true" or "false" when access.Field.Shape == FieldShape.Value && access.Field.ScalarType!.Kind == ValueKind.Boolean:
                return new ComparisonCondition(entry.Key.Location, access, ComparisonOperator.Equals, new object[] { text == "true" });
            default:
                return binder.Mismatch(entry.Value.Location, "is: " + (text ?? entry.Value.KindName), access.Path, access.Field.Describe(), "'is' takes known or unknown (and true or false for true/false facts).");
        }
    }

    /// <summary>
    /// "How long ago" is measured from the case's own assessment date, never the clock: rule files cannot reach the
    /// clock, and a case evaluated twice gives the same answer. With <c>from: DATE</c> it is measured from another date
    /// of the same record instead (a funding stream's end from its start), which is how a rule inside <c>some</c>,
    /// <c>every</c> or <c>none</c> asks how long something runs.
    /// </summary>
    private static Condition? BindOlderThan(DocMapping mapping, DocEntry entry, FactAccess access, RecordSchema scope, ConditionBinder binder)
    {
        const string Written = "olderThanMonths";
        const string Months = "a whole number of months from 0 to 1200";
        if (access.Field.Shape != FieldShape.Value || access.Field.ScalarType!.Kind != ValueKind.Date)
        {
            return binder.Mismatch(entry.Key.Location, Written, access.Path, access.Field.Describe(), "It applies to dates.");
        }

        FactAccess? reference;
        if (mapping.Find(FromKey) is { } from)
        {
            reference = binder.ResolvePath(from.Value, scope, FromKey);
            if (reference is null)
            {
                return null;
            }

            if (reference.Field.Shape != FieldShape.Value || reference.Field.ScalarType!.Kind != ValueKind.Date)
            {
                return binder.Mismatch(from.Value.Location, FromKey, reference.Path, reference.Field.Describe(), "It must name a date of the same " + scope.DisplayName + ".");
            }
        }
        else if (scope == FactSchema.Default.Root && scope.Find(ConditionBinder.AssessmentDate) is { } assessedOn)
        {
            reference = new FactAccess(scope, new[] { assessedOn });
        }
        else
        {
            return binder.Mismatch(
                entry.Key.Location,
                Written,
                access.Path,
                "a date of each " + scope.DisplayName,
                $"Without 'from' it measures from the partnership's '{ConditionBinder.AssessmentDate}', which is not in reach inside some, every or none; add 'from: DATE' naming another date of the {scope.DisplayName}.");
        }

        int months;
        if (entry.Value is DocMapping)
        {
            if (binder.Parameter(entry.Value, Written) is not { } value)
            {
                return null;
            }

            if (value < 0 || value > 1200 || value != Math.Floor(value))
            {
                return binder.Fail(DiagnosticDescriptors.InvalidNumber, entry.Value.Location, Written, Months, "; the parameter's value is " + value.ToString(CultureInfo.InvariantCulture));
            }

            months = (int)value;
        }
        else if (entry.Value is not DocScalar { IsPlain: true } scalar || !int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out months) || months > 1200)
        {
            return binder.Fail(DiagnosticDescriptors.InvalidNumber, entry.Value.Location, Written, Months + ", e.g. 24, or {parameter: NAME}", string.Empty);
        }

        return new ComparisonCondition(entry.Key.Location, access, ComparisonOperator.OlderThanMonths, new object[] { months }, reference);
    }
}
