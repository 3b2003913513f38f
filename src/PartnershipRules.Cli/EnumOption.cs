using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;

namespace PartnershipRules.Cli;

/// <summary>
/// An option whose value is one of a fixed set of words, read into an enumeration: the words are the tool's
/// spellings (e.g. <c>jsonl</c>), a wrong word is refused with the allowed ones listed, and no .NET type name
/// reaches the user.
/// </summary>
internal static class EnumOption
{
    public static Option<T> Create<T>(string name, string description, IReadOnlyDictionary<string, T> words, T defaultValue)
        where T : struct, Enum
    {
        var allowed = string.Join(", ", words.Keys);
        var option = new Option<T>(name)
        {
            Description = description + " One of: " + allowed + ".",
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (words.TryGetValue(text, out var value))
                {
                    return value;
                }

                result.AddError($"'{text}' is not a value of {name}; use one of: {allowed}.");
                return defaultValue;
            },
        };
        option.CompletionSources.Add(words.Keys.ToArray());
        return option;
    }
}
