using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Facts;
using PartnershipRules.Facts.Schema;

namespace PartnershipRules.Cases;

/// <summary>
/// Builds fact-model objects from a case document, guided by the <see cref="FactSchema"/>: every key must be a field,
/// every value must parse as the field's type, and <c>unknown</c> is accepted everywhere a fact is. Records where each
/// fact was written, for locating findings.
/// </summary>
internal sealed class CaseBinder
{
    private const int ListedRecords = 20;

    private const string UnknownWord = "unknown";

    /// <summary>
    /// A case describes a partnership of living memory or of the coming decades: a date outside these years is a
    /// typing mistake (0001-01-01, 9999-12-31). Refusing it here also keeps "N months before" arithmetic far from
    /// the ends of <see cref="DateTime"/>.
    /// </summary>
    private const string DateRange = "a date (YYYY-MM-DD) from 1900-01-01 to 2199-12-31";

    private static readonly DateTime EarliestDate = new(1900, 1, 1);
    private static readonly DateTime LatestDate = new(2199, 12, 31);

    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<Type, (MethodInfo Of, object Unknown)> _factories = new();

    private readonly List<(FactField Field, string Path, string Value, SourceLocation Location)> _references = new();

    public CaseBinder(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    public Dictionary<string, SourceLocation> Locations { get; } = new(StringComparer.Ordinal);

    public Partnership? BindRoot(DocNode root)
    {
        if (root is not DocMapping mapping || mapping.Find("partnership") is not { } entry)
        {
            _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.NotACaseFile, root.Location, root is DocMapping ? "This file has no 'partnership' key." : "This file is " + root.KindName + "."));
            return null;
        }

        foreach (var other in mapping.Entries.Where(e => e.Key.Value is not ("partnership" or "suppressions")))
        {
            _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnknownField, other.Key.Location, other.Key.Value, "a case file", Spelling.DidYouMean(other.Key.Value, new[] { "partnership", "suppressions" }), "partnership, suppressions"));
        }

        if (entry.Value is not DocMapping partnership)
        {
            _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.WrongShape, entry.Value.Location, "partnership", "a mapping of facts"));
            return null;
        }

        var bound = (Partnership?)BindRecord(partnership, FactSchema.Default.Root, string.Empty);
        if (bound is not null)
        {
            CheckReferences(bound);
        }

        return bound;
    }

    /// <summary>
    /// A reference that names no record would read as unknown at evaluation, silently; in a case file it is a mistake
    /// to correct, so it is refused where it is written.
    /// </summary>
    private void CheckReferences(Partnership partnership)
    {
        foreach (var (field, path, value, location) in _references)
        {
            var target = field.Target!;
            var records = target.Property.GetValue(partnership) as System.Collections.IEnumerable;
            var keys = target.Record!.KeyFields.ToList();
            var candidates = new List<string>();
            var written = new List<string>();
            foreach (var record in records?.Cast<object>() ?? Enumerable.Empty<object>())
            {
                var names = keys.Select(k => k.Property.GetValue(record) as string).Where(n => !string.IsNullOrEmpty(n)).Select(n => n!).ToList();
                candidates.AddRange(names);
                if (names.Count > 0)
                {
                    written.Add(names.Count > 1 ? names[0] + " (" + names[1] + ")" : names[0]);
                }
            }

            if (!candidates.Contains(value, StringComparer.Ordinal))
            {
                _diagnostics.Add(Diagnostic.Create(
                    DiagnosticDescriptors.UnresolvedReference,
                    location,
                    value,
                    path,
                    target.Record.DisplayName,
                    Spelling.DidYouMean(value, candidates),
                    written.Count == 0 ? "(the partnership records no " + target.Record.DisplayName + " with an id or a name)" : Listed(written),
                    field.TargetOtherwise is null ? string.Empty : " " + field.TargetOtherwise));
            }
        }
    }

    /// <summary>The records a reference may name, the first twenty of them: a case of a thousand partners gets a message, not a page.</summary>
    private static string Listed(List<string> written) =>
        written.Count <= ListedRecords ? string.Join(", ", written)
        : string.Join(", ", written.Take(ListedRecords)) + string.Format(System.Globalization.CultureInfo.InvariantCulture, " and {0:N0} more", written.Count - ListedRecords);

    private object? BindRecord(DocMapping mapping, RecordSchema schema, string path)
    {
        Locations[path] = mapping.Location;
        var record = Activator.CreateInstance(schema.ClrType)!;
        foreach (var entry in mapping.Entries)
        {
            var field = schema.Find(entry.Key.Value);
            if (field is null)
            {
                _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnknownField, 
                    entry.Key.Location,
                    entry.Key.Value,
                    path.Length == 0 ? "the partnership" : "'" + path + "'",
                    Spelling.DidYouMean(entry.Key.Value, schema.Fields.Select(f => f.Name)),
                    string.Join(", ", schema.Fields.Select(f => f.Name))));
                continue;
            }

            var fieldPath = path.Length == 0 ? field.Name : path + "." + field.Name;
            Locations[fieldPath] = entry.Value.Location;
            var value = BindField(entry.Value, field, fieldPath);
            if (value is not null)
            {
                field.Property.SetValue(record, value);
            }
        }

        return record;
    }

    private object? BindField(DocNode node, FactField field, string path)
    {
        if (node is DocScalar { IsNull: true })
        {
            // Written but empty: the same as not recorded.
            return null;
        }

        switch (field.Shape)
        {
            case FieldShape.Value:
                return BindValue(node, field, path);
            case FieldShape.Observation:
                return BindObservation(node, field, path);
            case FieldShape.Record:
                if (node is DocMapping record)
                {
                    return BindRecord(record, field.Record!, path);
                }

                return Shape(node, path, "a mapping of facts");
            case FieldShape.RecordList:
                return BindList(node, path, field, (item, itemPath) => item is DocMapping m ? BindRecord(m, field.Record!, itemPath) : Shape(item, itemPath, "a mapping of facts"), field.Record!.ClrType);
            default:
                return BindList(node, path, field, (item, itemPath) => ParseScalar(item, field, itemPath, allowUnknown: false), field.ScalarType!.ClrType);
        }
    }

    private object? BindList(DocNode node, string path, FactField field, Func<DocNode, string, object?> bindItem, Type itemType)
    {
        if (node is not DocSequence sequence)
        {
            return Shape(node, path, "a list (write [] for none)");
        }

        var array = Array.CreateInstance(itemType, sequence.Items.Count);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var itemPath = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            Locations[itemPath] = sequence.Items[i].Location;
            var item = bindItem(sequence.Items[i], itemPath);
            if (item is not null)
            {
                array.SetValue(item, i);
            }
        }

        return array;
    }

    private object? BindValue(DocNode node, FactField field, string path)
    {
        if (field.IsIdentifier)
        {
            return node is DocScalar scalar ? scalar.Value : Shape(node, path, "text");
        }

        var factory = Factory(field.ScalarType!.ClrType);

        // 'unknown' is written plain in YAML and can only be a string in JSON, as the case schema allows. Only for a
        // text fact does quoting keep its meaning: "unknown" in quotes is then the text itself.
        // A reference is no free text: "unknown" quoted (as JSON must write it) still means unknown, never a partner so named.
        if (node is DocScalar { Value: UnknownWord } word && (word.IsPlain || field.ScalarType.Kind != ValueKind.Text || field.Target is not null))
        {
            return factory.Unknown;
        }

        var value = ParseScalar(node, field, path, allowUnknown: true);
        if (field.Target is not null && value is string reference)
        {
            _references.Add((field, path, reference, node.Location));
        }

        return value is null ? null : factory.Of.Invoke(null, new[] { value });
    }

    private object? BindObservation(DocNode node, FactField field, string path)
    {
        // Shorthand: 'trust: partly' is an observation with that value and no evidence.
        if (node is DocScalar)
        {
            var value = BindValue(node, field, path);
            return value is null ? null : new Observation { Value = (Fact<ObservedValue>)value };
        }

        if (node is DocMapping mapping)
        {
            return BindRecord(mapping, FactSchema.Default.Observation, path);
        }

        return Shape(node, path, "an observation: a value (yes, partly, no, unknown) or a mapping with value, evidence, observedOn and basis");
    }

    private object? ParseScalar(DocNode node, FactField field, string path, bool allowUnknown)
    {
        var type = field.ScalarType!;
        if (node is not DocScalar scalar)
        {
            return Shape(node, path, type.Description);
        }

        if (type.TryParse(scalar.Value, scalar.IsPlain, out var value))
        {
            if (value is DateTime date && (date < EarliestDate || date > LatestDate))
            {
                _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.BadValue, scalar.Location, scalar.Value, path, DateRange));
                return null;
            }

            return value;
        }

        if (type.Kind == ValueKind.Enumeration)
        {
            _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.BadEnumValue, scalar.Location, scalar.Value, path, Spelling.DidYouMean(scalar.Value, type.Names), string.Join(", ", type.Names)));
        }
        else
        {
            // "true" or "12" in quotes is text in YAML and JSON alike: say that, rather than that true is not true.
            var quoted = !scalar.IsPlain && type.TryParse(scalar.Value, isPlain: true, out _) ? ", written without quotes (in quotes it is text)" : string.Empty;
            _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.BadValue, scalar.Location, scalar.Value, path, type.Description + quoted + (allowUnknown ? string.Empty : " (a list item cannot be unknown)")));
        }

        return null;
    }

    private object? Shape(DocNode node, string path, string expected)
    {
        _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.WrongShape, node.Location, path, expected));
        return null;
    }

    private (MethodInfo Of, object Unknown) Factory(Type valueType)
    {
        if (!_factories.TryGetValue(valueType, out var factory))
        {
            var fact = typeof(Fact<>).MakeGenericType(valueType);
            factory = (fact.GetMethod(nameof(Fact<int>.Of), BindingFlags.Public | BindingFlags.Static)!, fact.GetProperty(nameof(Fact<int>.Unknown))!.GetValue(null)!);
            _factories.Add(valueType, factory);
        }

        return factory;
    }
}
