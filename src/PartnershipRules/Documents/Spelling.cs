using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PartnershipRules.Documents;

/// <summary>
/// How names are spelt in rule files, case files, configuration and reports: enumeration values in snake_case
/// (<c>avoid_collaboration</c>, <c>not_applicable</c>), fields in camelCase (<c>fundingBasis</c>). One place, so a
/// value reads the same wherever it is written or printed.
/// </summary>
public static class Spelling
{
    /// <summary>The spelling of an enumeration value in files and reports, e.g. <c>avoid_collaboration</c>.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>Its snake_case name.</returns>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumSpellings<TEnum>.Spell(value);

    /// <summary>The spellings of every value of an enumeration, in declaration order.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <returns>The snake_case names.</returns>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => EnumSpellings<TEnum>.Names;

    /// <summary>Reads an enumeration value spelt as in files (exactly, e.g. <c>avoid_collaboration</c>).</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="text">The text.</param>
    /// <param name="value">The value, when the text spells one.</param>
    /// <returns>Whether the text spells a value.</returns>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        var index = text is null ? -1 : IndexOf(EnumSpellings<TEnum>.Names, text);
        value = index < 0 ? default : EnumSpellings<TEnum>.Values[index];
        return index >= 0;
    }

    /// <summary>snake_case from PascalCase: <c>AvoidCollaboration</c> becomes <c>avoid_collaboration</c>.</summary>
    /// <param name="pascal">The PascalCase name.</param>
    /// <returns>The snake_case name.</returns>
    public static string SnakeCase(string pascal)
    {
        if (pascal is null)
        {
            throw new ArgumentNullException(nameof(pascal));
        }

        var builder = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>camelCase from PascalCase: <c>FundingBasis</c> becomes <c>fundingBasis</c>.</summary>
    /// <param name="pascal">The PascalCase name.</param>
    /// <returns>The camelCase name.</returns>
    public static string CamelCase(string pascal)
    {
        if (pascal is null)
        {
            throw new ArgumentNullException(nameof(pascal));
        }

        return pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
    }

    /// <summary>
    /// A "did you mean" hint for a name that was not recognised: <c> Did you mean 'X'?</c> (with a leading space, to
    /// follow a sentence) when one candidate is close enough, else an empty string.
    /// </summary>
    /// <param name="given">What was written.</param>
    /// <param name="candidates">The names that would have been recognised.</param>
    /// <returns>The hint, or an empty string.</returns>
    public static string DidYouMean(string given, IEnumerable<string> candidates)
    {
        if (given is null)
        {
            throw new ArgumentNullException(nameof(given));
        }

        var best = (candidates ?? throw new ArgumentNullException(nameof(candidates)))
            .Select(c => (Candidate: c, Distance: Distance(given.ToUpperInvariant(), c.ToUpperInvariant())))
            .OrderBy(x => x.Distance)
            .FirstOrDefault();
        return best.Candidate is not null && best.Distance <= Math.Max(2, given.Length / 3) ? " Did you mean '" + best.Candidate + "'?" : string.Empty;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static int IndexOf(IReadOnlyList<string> names, string text)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], text, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Computed once per enumeration and read-only afterwards: formatting is on the evaluation path.</summary>
    private static class EnumSpellings<TEnum>
        where TEnum : struct, Enum
    {
        #pragma warning disable CA2263 // The generic overload does not exist on netstandard2.0.
        public static readonly TEnum[] Values = (TEnum[])Enum.GetValues(typeof(TEnum));
#pragma warning restore CA2263

        public static readonly IReadOnlyList<string> Names = Values.Select(v => SnakeCase(v.ToString())).ToArray();

        public static string Spell(TEnum value)
        {
            var index = Array.IndexOf(Values, value);
            return index >= 0 ? Names[index] : SnakeCase(value.ToString());
        }
    }
}
