using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PartnershipRules.Documents;
using PartnershipRules.Facts;

namespace PartnershipRules.Facts.Schema;

/// <summary>The kind of value a fact holds.</summary>
internal enum ValueKind
{
    Boolean,
    Number,
    Text,
    Date,
    Enumeration,
}

/// <summary>The type of a scalar fact: a kind, and for enumerations the allowed spellings.</summary>
internal sealed class ScalarType
{
    /// <summary>
    /// The spelling of every enumeration value of the fact model, computed once: formatting evidence and missing facts
    /// is on the evaluation path, and <see cref="Enum.ToString()"/> allocates. Read-only after initialisation.
    /// </summary>
    private static readonly Dictionary<object, string> EnumSpellings = typeof(Partnership).Assembly.GetTypes()
        .Where(t => t.IsEnum && t.IsPublic && t.Namespace == typeof(Partnership).Namespace)
        .SelectMany(t => Enum.GetValues(t).Cast<object>())
        .ToDictionary(v => v, v => Spelling.SnakeCase(v.ToString()!));

    private readonly Dictionary<string, object> _byName;

    private ScalarType(ValueKind kind, Type clrType, IReadOnlyList<string> names, Dictionary<string, object> byName, bool ordered)
    {
        Kind = kind;
        ClrType = clrType;
        Names = names;
        _byName = byName;
        IsOrdered = ordered;
    }

    public ValueKind Kind { get; }

    public Type ClrType { get; }

    /// <summary>For a number, the values it may take (<see cref="NumberRangeAttribute"/>); null for any finite number.</summary>
    public NumberRangeAttribute? Range { get; private init; }

    /// <summary>The spellings of an enumeration's values, in declaration order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Numbers, dates and <see cref="OrderedValuesAttribute"/> enumerations can be compared for order.</summary>
    public bool IsOrdered { get; }

    public string Description => Kind switch
    {
        ValueKind.Boolean => "true or false",
        ValueKind.Number => Range is null ? "a number" : DescribeRange(Range),
        ValueKind.Text => "text",
        ValueKind.Date => "a date (YYYY-MM-DD)",
        _ => "one of " + string.Join(", ", Names),
    };

    /// <summary>The type of a number limited to a range.</summary>
    public static ScalarType For(Type clr, NumberRangeAttribute? range) =>
        range is not null && clr == typeof(double)
            ? new ScalarType(ValueKind.Number, clr, Array.Empty<string>(), new Dictionary<string, object>(), true) { Range = range }
            : For(clr);

    public static ScalarType For(Type clr)
    {
        if (clr == typeof(bool))
        {
            return new ScalarType(ValueKind.Boolean, clr, new[] { "true", "false" }, new Dictionary<string, object>(), false);
        }

        if (clr == typeof(double))
        {
            return new ScalarType(ValueKind.Number, clr, Array.Empty<string>(), new Dictionary<string, object>(), true);
        }

        if (clr == typeof(string))
        {
            return new ScalarType(ValueKind.Text, clr, Array.Empty<string>(), new Dictionary<string, object>(), false);
        }

        if (clr == typeof(DateTime))
        {
            return new ScalarType(ValueKind.Date, clr, Array.Empty<string>(), new Dictionary<string, object>(), true);
        }

        if (clr.IsEnum)
        {
            var values = Enum.GetValues(clr).Cast<object>().ToList();
            var names = values.Select(v => Spelling.SnakeCase(Enum.GetName(clr, v)!)).ToList();
            var byName = new Dictionary<string, object>(StringComparer.Ordinal);
            for (var i = 0; i < values.Count; i++)
            {
                byName.Add(names[i], values[i]);
            }

            return new ScalarType(ValueKind.Enumeration, clr, names, byName, clr.IsDefined(typeof(OrderedValuesAttribute), false));
        }

        throw new NotSupportedException($"Facts of type {clr} are not supported.");
    }

    private bool InRange(double number) =>
        Range is null || (number >= Range.Minimum && number <= Range.Maximum && (!Range.WholeNumber || Math.Floor(number) == number));

    private static string DescribeRange(NumberRangeAttribute range)
    {
        var kind = range.WholeNumber ? "a whole number" : "a number";
        return range.Maximum >= double.MaxValue
            ? string.Format(CultureInfo.InvariantCulture, "{0} of at least {1:#,0.##}", kind, range.Minimum)
            : string.Format(CultureInfo.InvariantCulture, "{0} from {1:#,0.##} to {2:#,0.##}", kind, range.Minimum, range.Maximum);
    }

    /// <summary>Parses a value as written in a YAML or JSON file.</summary>
    public bool TryParse(string text, bool isPlain, out object? value)
    {
        value = null;
        switch (Kind)
        {
            case ValueKind.Boolean:
                if (isPlain && (text == "true" || text == "false"))
                {
                    value = text == "true";
                    return true;
                }

                return false;
            case ValueKind.Number:
                if (isPlain && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !double.IsNaN(number) && !double.IsInfinity(number) && InRange(number))
                {
                    value = number;
                    return true;
                }

                return false;
            case ValueKind.Text:
                value = text;
                return true;
            case ValueKind.Date:
                if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    value = date;
                    return true;
                }

                return false;
            default:
                if (_byName.TryGetValue(text, out var member))
                {
                    value = member;
                    return true;
                }

                return false;
        }
    }

    /// <summary>The spelling of a value in files and reports.</summary>
    public static string Format(object value) => value switch
    {
        bool b => b ? "true" : "false",
        double d => d.ToString("0.##", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => EnumSpellings.TryGetValue(e, out var spelling) ? spelling : Spelling.SnakeCase(e.ToString()),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
