using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using PartnershipRules.Documents;
using PartnershipRules.Facts.Schema;

namespace PartnershipRules.Facts;

/// <summary>
/// One fact set to a value, for asking what would change (<c>explain --what-if forums[Partnership Board].communityVotes=true</c>).
/// The path is a case file's, with a record in a list named by its id or name in brackets (or by its position from 0);
/// the value is written as in a case file, or <c>unknown</c>. The partnership it is applied to is left as it was: the
/// records on the path are copied.
/// </summary>
public sealed class FactChange
{
    private static readonly MethodInfo Clone = typeof(object).GetMethod(nameof(MemberwiseClone), BindingFlags.Instance | BindingFlags.NonPublic)!;

    /// <summary>Creates a change.</summary>
    /// <param name="path">The fact, e.g. <c>partners[DMC].stability</c>.</param>
    /// <param name="value">Its new value as a case file writes it, e.g. <c>stable</c>, <c>true</c>, <c>3</c> or <c>unknown</c>.</param>
    public FactChange(string path, string value)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The fact.</summary>
    public string Path { get; }

    /// <summary>Its new value, as a case file writes it.</summary>
    public string Value { get; }

    /// <summary>Reads <c>PATH=VALUE</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="change">The change, when the text is one.</param>
    /// <returns>Whether it is.</returns>
    public static bool TryParse(string? text, out FactChange? change)
    {
        change = null;
        var equals = text?.IndexOf('=') ?? -1;
        if (text is null || equals <= 0 || equals == text.Length - 1)
        {
            return false;
        }

        change = new FactChange(text.Substring(0, equals).Trim(), text.Substring(equals + 1).Trim());
        return true;
    }

    /// <summary>The partnership with this fact set.</summary>
    /// <param name="partnership">The partnership as recorded (not changed).</param>
    /// <returns>A partnership that differs only in this fact.</returns>
    /// <exception cref="ArgumentException">The path names no fact, no record, or a fact that is not one value; or the value is not one the fact takes. The message says what to write.</exception>
    public Partnership ApplyTo(Partnership partnership)
    {
        if (partnership is null)
        {
            throw new ArgumentNullException(nameof(partnership));
        }

        var path = Path.StartsWith("partnership.", StringComparison.Ordinal) ? Path.Substring("partnership.".Length) : Path;
        var segments = path.Split('.').Select(Segment).ToList();
        return (Partnership)Set(partnership, FactSchema.Default.Root, segments, 0);
    }

    /// <inheritdoc />
    public override string ToString() => Path + "=" + Value;

    private static (string Name, string? Key) Segment(string text)
    {
        var open = text.IndexOf('[');
        return open > 0 && text.EndsWith("]", StringComparison.Ordinal)
            ? (text.Substring(0, open), text.Substring(open + 1, text.Length - open - 2))
            : (text, null);
    }

    private object Set(object record, RecordSchema schema, List<(string Name, string? Key)> segments, int at)
    {
        var (name, key) = segments[at];
        var field = schema.Find(name)
            ?? throw new ArgumentException($"'{Path}': the {schema.DisplayName} has no fact '{name}'.{Spelling.DidYouMean(name, schema.Fields.Select(f => f.Name))}");
        var copy = Clone.Invoke(record, null)!;
        var last = at == segments.Count - 1;
        if (last && key is null && field.Shape == FieldShape.Value && field.ScalarType is { } type && field.ClrType.IsGenericType)
        {
            field.Property.SetValue(copy, FactValue(field, type));
            return copy;
        }

        if (!last && key is null && field.Shape == FieldShape.Record && field.Record is { } nested)
        {
            var inner = field.Property.GetValue(copy) ?? Activator.CreateInstance(nested.ClrType)!;
            field.Property.SetValue(copy, Set(inner, nested, segments, at + 1));
            return copy;
        }

        if (!last && key is not null && field.Shape == FieldShape.RecordList && field.Record is { } itemSchema)
        {
            var items = (field.Property.GetValue(copy) as IList)?.Cast<object>().ToList() ?? new List<object>();
            var index = Find(items, itemSchema, key);
            if (index < 0)
            {
                var names = items.Select(i => Label(i, itemSchema)).OfType<string>();
                throw new ArgumentException($"'{Path}': no {itemSchema.DisplayName} is '{key}'. Name one by its id or name: {string.Join(", ", names)}.");
            }

            var array = Array.CreateInstance(itemSchema.ClrType, items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                array.SetValue(i == index ? Set(items[i], itemSchema, segments, at + 1) : items[i], i);
            }

            field.Property.SetValue(copy, array);
            return copy;
        }

        throw new ArgumentException($"'{Path}': '{name}' is {field.Describe()}; a change sets one value, e.g. partners[ID].stability=stable or forums[NAME].communityVotes=true.");
    }

    private object FactValue(FactField field, ScalarType type)
    {
        var fact = typeof(Fact<>).MakeGenericType(type.ClrType);
        if (Value == "unknown")
        {
            return fact.GetProperty(nameof(Fact<int>.Unknown))!.GetValue(null)!;
        }

        if (!type.TryParse(Value, isPlain: true, out var parsed))
        {
            throw new ArgumentException($"'{Path}': '{Value}' is not a value of {field.Name}; write {type.Description}, or unknown.");
        }

        return fact.GetMethod(nameof(Fact<int>.Of), BindingFlags.Public | BindingFlags.Static)!.Invoke(null, new[] { parsed })!;
    }

    private static int Find(List<object> items, RecordSchema schema, string key)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (schema.KeyFields.Any(k => Text(k.Property.GetValue(items[i])) == key))
            {
                return i;
            }
        }

        return int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position < items.Count ? position : -1;
    }

    private static string? Label(object item, RecordSchema schema) => schema.KeyFields.Select(k => Text(k.Property.GetValue(item))).FirstOrDefault(t => t is not null);

    private static string? Text(object? raw) => raw switch
    {
        string text when text.Trim().Length > 0 => text.Trim(),
        IFactValue { State: FactState.Known, UntypedValue: { } value } => ScalarType.Format(value),
        _ => null,
    };
}
