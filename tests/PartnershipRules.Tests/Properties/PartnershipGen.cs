using System.Globalization;
using System.Reflection;
using System.Text;
using CsCheck;
using PartnershipRules.Documents;
using PartnershipRules.Facts;
using PartnershipRules.Facts.Schema;

namespace PartnershipRules.Tests.Properties;

/// <summary>
/// Random partnerships for property tests, built from the fact model's own description (<see cref="FactSchema"/>), so
/// a fact added to the model is generated without touching this file. Every fact is not recorded, unknown or known;
/// lists are absent, empty, short or long; numbers include extremes (and, through the C# API, NaN and infinities);
/// text includes long strings, other scripts, emoji and control characters; dates include the first and last a
/// case file accepts.
/// </summary>
internal static class PartnershipGen
{
    private static readonly DateTime Start = new(1990, 1, 1);
    private static readonly DateTime End = new(2040, 12, 31);

    /// <summary>
    /// The first and last dates a case file accepts, a leap day, a year's end. Not <see cref="DateTime.MinValue"/> or
    /// <see cref="DateTime.MaxValue"/>: "N months before" them fails inside evaluation (reported as a bug in the
    /// evaluation engine; <see cref="EvaluationProperties"/> keeps a skipped test of it until it is fixed).
    /// </summary>
    public static readonly DateTime[] EdgeDates = { new(1900, 1, 1), new(2199, 12, 31), new(2000, 2, 29), new(2026, 12, 31), new(2026, 1, 31) };

    /// <summary>No value: the property keeps its default (not recorded, or no list).</summary>
    private static readonly Gen<object?> Nothing = Gen.Const(0).Select(_ => (object?)null);

    /// <summary>Any partnership, including values a case file cannot hold (NaN, lone surrogates, huge text).</summary>
    public static Gen<Partnership> Any { get; } = Record(FactSchema.Default.Root, depth: 0, fileSafe: false).Select(o => (Partnership)o);

    /// <summary>Partnerships whose every value a case file can express, for round trips through YAML.</summary>
    public static Gen<Partnership> FileSafe { get; } = Record(FactSchema.Default.Root, depth: 0, fileSafe: true).Select(o => Link((Partnership)o));

    /// <summary>
    /// A case file refuses a reference that names no partner (PRC006), so the file-safe partnerships point each known
    /// funding controller at one of their partners (by its id or name), or record it as unknown when none has either.
    /// </summary>
    private static Partnership Link(Partnership partnership)
    {
        var keys = (partnership.Partners ?? Array.Empty<Partner>()).SelectMany(p => new[] { p.Id, p.Name }).OfType<string>().Where(k => k.Length > 0 && k != "unknown").ToList();
        var property = typeof(FundingStream).GetProperty(nameof(FundingStream.ControlledBy))!;
        foreach (var stream in partnership.Funding ?? Array.Empty<FundingStream>())
        {
            if (stream is { ControlledBy.IsKnown: true })
            {
                property.SetValue(stream, keys.Count == 0 ? Fact<string>.Unknown : Fact<string>.Of(keys[(stream.ControlledBy.Value.Length * 31) % keys.Count]));
            }
        }

        return partnership;
    }

    private static Gen<object> Record(RecordSchema schema, int depth, bool fileSafe)
    {
        var fields = schema.Fields.ToArray();
        var values = Gen.Const(Array.Empty<object?>());
        foreach (var field in fields)
        {
            values = Gen.Select(values, Field(field, depth, fileSafe), (before, value) => before.Append(value).ToArray());
        }

        return values.Select(chosen =>
        {
            var record = Activator.CreateInstance(schema.ClrType)!;
            for (var i = 0; i < fields.Length; i++)
            {
                if (chosen[i] is { } value)
                {
                    fields[i].Property.SetValue(record, value);
                }
            }

            return record;
        });
    }

    private static Gen<object?> Field(FactField field, int depth, bool fileSafe) => field.Shape switch
    {
        FieldShape.Value when field.IsIdentifier => Gen.Frequency((1, Nothing), (4, Text(fileSafe).Select(t => (object?)t))),
        FieldShape.Value => Fact(field.ScalarType!, fileSafe),
        FieldShape.Observation => Gen.Frequency((2, Nothing), (3, Record(FactSchema.Default.Observation, depth + 1, fileSafe).Select(o => (object?)o))),
        FieldShape.Record => Record(field.Record!, depth + 1, fileSafe).Select(o => (object?)o),
        FieldShape.RecordList => List(field.Record!.ClrType, Record(field.Record!, depth + 1, fileSafe).Select(o => (object?)o), depth),
        _ => List(field.ScalarType!.ClrType, Known(field.ScalarType!, fileSafe), depth),
    };

    /// <summary>Not recorded (null: the property keeps its default), recorded as unknown, or known.</summary>
    private static Gen<object?> Fact(ScalarType type, bool fileSafe)
    {
        var fact = typeof(Fact<>).MakeGenericType(type.ClrType);
        var of = fact.GetMethod(nameof(Fact<int>.Of), BindingFlags.Public | BindingFlags.Static)!;
        var unknown = fact.GetProperty(nameof(Fact<int>.Unknown))!.GetValue(null);
        return Gen.Frequency(
            (3, Nothing),
            (2, Gen.Const<object?>(unknown)),
            (5, Known(type, fileSafe).Select(v => of.Invoke(null, new[] { v }))));
    }

    /// <summary>Absent (not recorded), empty (recorded as none), short, or long; long lists only at the top level.</summary>
    private static Gen<object?> List(Type itemType, Gen<object?> item, int depth)
    {
        var longest = depth == 0 ? 40 : 6;
        return Gen.Frequency(
            (2, Nothing),
            (2, Gen.Const<object?>(Array.CreateInstance(itemType, 0))),
            (6, item.Array[1, 4].Select(items => ToArray(itemType, items))),
            (1, item.Array[5, longest].Select(items => ToArray(itemType, items))));
    }

    private static object? ToArray(Type itemType, object?[] items)
    {
        var array = Array.CreateInstance(itemType, items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            array.SetValue(items[i], i);
        }

        return array;
    }

    private static Gen<object?> Known(ScalarType type, bool fileSafe) => type.Kind switch
    {
        ValueKind.Boolean => Gen.Bool.Select(b => (object?)b),
        ValueKind.Number => Number(fileSafe).Select(n => (object?)(fileSafe && type.Range is { } range ? InRange(n, range) : n)),
        ValueKind.Text => Text(fileSafe).Select(t => (object?)t),
        ValueKind.Date => Gen.Frequency(
            (8, Gen.Date[Start, End]),
            (1, Gen.OneOf(EdgeDates.Select(Gen.Const).ToArray()))).Select(d => (object?)d),
        _ => Gen.Int[0, type.Names.Count - 1].Select(i => (object?)Enum.GetValues(type.ClrType).GetValue(i)),
    };

    /// <summary>A case file refuses a number outside its fact's range: one that must read back is brought into it.</summary>
    private static double InRange(double number, NumberRangeAttribute range)
    {
        var clamped = Math.Min(Math.Max(number, range.Minimum), range.Maximum);
        return range.WholeNumber ? Math.Floor(clamped) : clamped;
    }

    private static Gen<double> Number(bool fileSafe)
    {
        var extremes = new[] { 0.0, -0.0, 1.0, -1.0, double.MaxValue, double.MinValue, double.Epsilon, -double.Epsilon, 1e308, -1e308, 1e-308, 0.1, 1e15, 2147483648.0 };
        var nonFinite = new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity };
        var special = fileSafe ? extremes : extremes.Concat(nonFinite).ToArray();
        return Gen.Frequency(
            (6, Gen.Double[-1000, 1000]),
            (3, Gen.Int[0, 100].Select(i => (double)i)),
            (2, Gen.OneOf(special.Select(Gen.Const).ToArray())));
    }

    /// <summary>Text: short words, other scripts, emoji, control characters, and now and then something long.</summary>
    private static Gen<string> Text(bool fileSafe)
    {
        var words = new[] { string.Empty, " ", "unknown", "null", "true", "~", "Braeside Renewal", "Tenants' association", "\"quoted\"", "a: b", "- x", "#", "{name}", "{{", "%s", "Ünïcödé", "中文の名前", "مرحبا", "🙂👩‍👩‍👧", "\u202Eevil", "\t\r\n", "\u0085\u2028", "x\0y" };
        var scripts = Gen.Frequency(
            (6, Gen.Char['a', 'z']),
            (2, Gen.Char[' ', '~']),
            (1, Gen.Char['\u00C0', '\u024F']),
            (1, Gen.Char['\u4E00', '\u4FFF']),
            (1, Gen.Char['\u0000', '\u001F']));
        var gens = new List<(int, IGen<string>)>
        {
            (4, scripts.Array[0, 24].Select(chars => new string(chars))),
            (3, Gen.OneOf(words.Select(Gen.Const).ToArray())),
            (1, scripts.Array[500, 5_000].Select(chars => new string(chars))),
        };
        if (!fileSafe)
        {
            // Any UTF-16 at all, lone surrogates included, and values longer than a case file may hold.
            gens.Add((1, Gen.String[0, 40]));
            gens.Add((1, Gen.Char.Array[70_000, 100_000].Select(chars => new string(chars))));
        }

        return Gen.Frequency(gens.ToArray());
    }

    /// <summary>
    /// The partnership as a case file (YAML, every string double-quoted), for round trips and for printing a failing
    /// example in a form that can be saved and run with <c>partnership-rules check</c>.
    /// </summary>
    public static string ToCaseFile(Partnership partnership)
    {
        var builder = new StringBuilder("partnership:");
        WriteRecord(builder, FactSchema.Default.Root, partnership, 1);
        return builder.Append('\n').ToString();
    }

    private static void WriteRecord(StringBuilder builder, RecordSchema schema, object record, int indent)
    {
        var written = false;
        foreach (var field in schema.Fields)
        {
            var value = field.Property.GetValue(record);
            var text = field.Shape switch
            {
                FieldShape.Value when field.IsIdentifier => value is string s ? Quote(s) : null,
                FieldShape.Value => Scalar(value),
                _ => null,
            };
            var pad = "\n" + new string(' ', indent * 2);
            if (text is not null)
            {
                builder.Append(pad).Append(field.Name).Append(": ").Append(text);
                written = true;
                continue;
            }

            switch (field.Shape)
            {
                case FieldShape.Observation when value is not null:
                    builder.Append(pad).Append(field.Name).Append(':');
                    WriteRecord(builder, FactSchema.Default.Observation, value, indent + 1);
                    written = true;
                    break;
                case FieldShape.Record when value is not null:
                    builder.Append(pad).Append(field.Name).Append(':');
                    WriteRecord(builder, field.Record!, value, indent + 1);
                    written = true;
                    break;
                case FieldShape.RecordList or FieldShape.ValueList when value is System.Collections.IList list:
                    builder.Append(pad).Append(field.Name).Append(':');
                    if (list.Count == 0)
                    {
                        builder.Append(" []");
                    }

                    foreach (var item in list)
                    {
                        builder.Append(pad).Append("  -");
                        if (field.Shape == FieldShape.ValueList)
                        {
                            builder.Append(' ').Append(Scalar(item));
                        }
                        else
                        {
                            WriteRecord(builder, field.Record!, item!, indent + 2);
                        }
                    }

                    written = true;
                    break;
            }
        }

        if (!written)
        {
            builder.Append(" {}");
        }
    }

    private static string? Scalar(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string s:
                return Quote(s);
            case bool b:
                return b ? "true" : "false";
            case double d:
                return d.ToString("R", CultureInfo.InvariantCulture);
            case DateTime date:
                return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case Enum e:
                return Spelling.SnakeCase(e.ToString());
        }

        var fact = (IFactValue)value;
        return fact.State switch
        {
            FactState.Known => Scalar(fact.UntypedValue),
            FactState.Unknown => "unknown",
            _ => null,
        };
    }

    /// <summary>A YAML double-quoted scalar: backslash, quote and every control or non-ASCII line break escaped.</summary>
    private static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c < ' ' || c is '\u007F' or '\u0085' or '\u2028' or '\u2029' || char.IsSurrogate(c) || c is '\uFEFF' or '\uFFFE' or '\uFFFF')
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }
}
