using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace PartnershipRules.Cli;

/// <summary>
/// Options whose value is a whole number, a duration or a date, read by the tool itself: a value that is not one, or is
/// out of range, is refused at the front door with exit 2 and a sentence that says what to write, never with the
/// parser's own message (which names .NET types) nor as an "internal error".
/// </summary>
internal static class ValueOptions
{
    /// <summary>A whole number from <paramref name="minimum"/> to <paramref name="maximum"/>, with a default.</summary>
    public static Option<int> Count(string name, string description, int minimum, int maximum, int defaultValue) =>
        new(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result => ReadCount(result, name, minimum, maximum) ?? defaultValue,
        };

    /// <summary>A whole number of at least <paramref name="minimum"/>, or nothing when the option is not given.</summary>
    public static Option<int?> OptionalCount(string name, string description, int minimum) =>
        new(name) { Description = description, CustomParser = result => ReadCount(result, name, minimum, int.MaxValue) };

    /// <summary>A positive duration as hh:mm:ss (fractions of a second allowed), or nothing when not given.</summary>
    public static Option<TimeSpan?> Duration(string name, string description, string example) =>
        new(name)
        {
            Description = description,
            CustomParser = result =>
            {
                var text = Token(result);
                if (TimeSpan.TryParseExact(text, @"h\:mm\:ss", CultureInfo.InvariantCulture, out var value)
                    || TimeSpan.TryParseExact(text, @"h\:mm\:ss\.FFFFFFF", CultureInfo.InvariantCulture, out value))
                {
                    if (value > TimeSpan.Zero)
                    {
                        return value;
                    }
                }

                result.AddError($"'{text}' is not a value of {name}; it needs a positive duration as hh:mm:ss, e.g. {example}.");
                return null;
            },
        };

    /// <summary>A calendar date as YYYY-MM-DD, or nothing when not given.</summary>
    public static Option<DateTime?> Date(string name, string description) =>
        new(name)
        {
            Description = description,
            CustomParser = result =>
            {
                var text = Token(result);
                if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
                {
                    return value;
                }

                result.AddError($"'{text}' is not a value of {name}; it needs a date as YYYY-MM-DD, e.g. 2026-11-30.");
                return null;
            },
        };

    private static int? ReadCount(ArgumentResult result, string name, int minimum, int maximum)
    {
        var text = Token(result);
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum)
        {
            return value;
        }

        var range = maximum == int.MaxValue ? $"a whole number of at least {minimum}" : $"a whole number from {minimum} to {maximum}";
        result.AddError($"'{text}' is not a value of {name}; it needs {range}.");
        return null;
    }

    private static string Token(ArgumentResult result) => result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
}
