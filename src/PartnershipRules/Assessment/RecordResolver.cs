using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PartnershipRules.Facts;
using PartnershipRules.Facts.Schema;

namespace PartnershipRules.Assessment;

/// <summary>
/// Reads a fact path of a case (<c>partners[2].representatives[0].isLocalChampion</c>) as the record it is about and the
/// fact within that record, following the fact model's schema through the partnership that was evaluated. Records are
/// named by their name, id, code or description (<see cref="RecordSchema.LabelField"/>), never by list position.
/// </summary>
internal sealed class RecordResolver
{
    private readonly Partnership _partnership;
    private readonly Dictionary<string, RecordReference> _records = new(StringComparer.Ordinal);

    public RecordResolver(Partnership partnership) => _partnership = partnership;

    /// <summary>
    /// The record a path is about and the fact within it that issues are grouped by: the field read, or, when that
    /// field sits in a nested record whose fields are all the same kind of value (the community's involvement at each
    /// stage; time, energy and money), that nested record as a whole. The empty path is the partnership itself.
    /// </summary>
    public (RecordReference Record, string Fact) Resolve(string path)
    {
        var record = RecordReference.Partnership;
        object? item = _partnership;
        var schema = FactSchema.Default.Root;
        var fact = new List<string>();
        var factRecord = schema;
        var walked = string.Empty;
        foreach (var (name, index) in Segments(path))
        {
            var field = schema.Find(name);
            if (field is null)
            {
                // Not a path of the fact model (e.g. "findings" for a composite rule): kept as written.
                fact.Add(name);
                continue;
            }

            walked = walked.Length == 0 ? name : walked + "." + name;
            if (field.Shape == FieldShape.RecordList && index is { } i && field.Record is { } itemSchema)
            {
                walked += "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                item = (item is null ? null : field.Property.GetValue(item)) is IList list && i < list.Count ? list[i] : null;
                record = Record(itemSchema, item, walked, record, i + 1);
                schema = factRecord = itemSchema;
                fact.Clear();
                continue;
            }

            fact.Add(name);
            if (field.Shape == FieldShape.Record && field.Record is { } nested)
            {
                item = item is null ? null : field.Property.GetValue(item);
                schema = nested;
            }
        }

        return (record, GroupedFact(factRecord, fact));
    }

    /// <summary>A nested record of values all of one type is one fact to a reader; its fields are its parts.</summary>
    private static string GroupedFact(RecordSchema record, List<string> fact)
    {
        if (fact.Count >= 2)
        {
            var schema = record;
            RecordSchema? parent = null;
            foreach (var name in fact.Take(fact.Count - 1))
            {
                var field = schema.Find(name);
                if (field?.Record is null)
                {
                    parent = null;
                    break;
                }

                parent = schema = field.Record;
            }

            if (parent is not null && parent.Fields.Count > 1 && parent.Fields.All(f => f.Shape == FieldShape.Value && f.ScalarType?.ClrType == parent.Fields[0].ScalarType?.ClrType))
            {
                return string.Join(".", fact.Take(fact.Count - 1));
            }
        }

        return string.Join(".", fact);
    }

    private RecordReference Record(RecordSchema schema, object? item, string path, RecordReference parent, int position)
    {
        var label = schema.LabelField is { } labelField && item is not null ? Label(labelField.Property.GetValue(item)) : null;
        var identifier = item is null ? null : schema.KeyFields.Select(k => Label(k.Property.GetValue(item))).FirstOrDefault(l => l is not null);
        var reference = new RecordReference(schema.DisplayName, label, path, parent, position, identifier);

        // The same record reached twice is the same object, so issues and questions about it compare equal.
        if (_records.TryGetValue(reference.Key, out var known))
        {
            return known;
        }

        _records.Add(reference.Key, reference);
        return reference;
    }

    private static string? Label(object? raw) => raw switch
    {
        string text when text.Trim().Length > 0 => text.Trim(),
        IFactValue { State: FactState.Known, UntypedValue: { } value } => ScalarType.Format(value),
        _ => null,
    };

    private static IEnumerable<(string Name, int? Index)> Segments(string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            yield break;
        }

        foreach (var part in path.Split('.'))
        {
            var open = part.IndexOf('[');
            var digits = open > 0 && part.EndsWith("]", StringComparison.Ordinal) ? part.Substring(open + 1, part.Length - open - 2) : string.Empty;
            if (digits.Length > 0 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                yield return (part.Substring(0, open), index);
            }
            else
            {
                yield return (part, null);
            }
        }
    }
}
