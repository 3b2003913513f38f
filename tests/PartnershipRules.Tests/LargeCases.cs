using System.Text.RegularExpressions;

namespace PartnershipRules.Tests;

/// <summary>Cases far past the default case-file limits, for the tests of memory and time bounds.</summary>
internal static class LargeCases
{
    /// <summary>The limits such a case needs, as <c>--limit</c> arguments.</summary>
    public static readonly string[] LimitArguments = { "--limit", "cases.maxFileBytes=10000000", "--limit", "cases.maxNodes=10000000" };

    /// <summary>The community-regeneration example with its partners repeated to 1,000, each copy with its own id and name.</summary>
    /// <summary>An example's lines before its partners, each partner's lines, and the lines after.</summary>
    public static (string[] Before, List<List<string>> Partners, string[] After) Partners(string example)
    {
        var lines = File.ReadAllLines(ToolRunner.Example(example));
        var start = Array.IndexOf(lines, "  partners:") + 1;
        var end = start;
        while (end < lines.Length && (lines[end].StartsWith("    ", StringComparison.Ordinal) || lines[end].Length == 0))
        {
            end++;
        }

        var partners = new List<List<string>>();
        foreach (var line in lines[start..end])
        {
            if (line.StartsWith("    - ", StringComparison.Ordinal))
            {
                partners.Add(new List<string>());
            }

            partners[^1].Add(line);
        }

        return (lines[..start], partners, lines[end..]);
    }

    /// <summary>An example written back with its partners as given.</summary>
    public static string WithPartners(string[] before, IEnumerable<List<string>> partners, string[] after) =>
        string.Join("\n", before.Concat(partners.SelectMany(p => p)).Concat(after)) + "\n";

    public static string ThousandPartners()
    {
        var (before, partners, after) = Partners("community-regeneration");
        var copies = new List<string>();
        for (var k = 0; k < 1000; k++)
        {
            var text = string.Join("\n", partners[k % partners.Count]);
            if (k >= partners.Count)
            {
                text = Regex.Replace(text, @"^    - id: (\S+)", m => $"    - id: {m.Groups[1].Value}-{k}", RegexOptions.Multiline);
                text = Regex.Replace(text, @"^      name: (.*)$", m => $"      name: {m.Groups[1].Value} {k}", RegexOptions.Multiline);
            }

            copies.Add(text);
        }

        return string.Join("\n", before.Concat(copies).Concat(after)) + "\n";
    }
}
