using System.Collections.Generic;
using System.Linq;

namespace PartnershipRules.Engine;

/// <summary>Joins words as a sentence does: "a", "a and b", "a, b and c".</summary>
internal static class EnglishList
{
    public static string Join(IReadOnlyList<string> words) => words.Count switch
    {
        0 => string.Empty,
        1 => words[0],
        _ => string.Join(", ", words.Take(words.Count - 1)) + " and " + words[words.Count - 1],
    };
}
