namespace PartnershipRules.Tests;

/// <summary>Builds small rule files for tests: a valid rule whose condition (and other keys) can be swapped.</summary>
internal static class RuleText
{
    /// <summary>
    /// A rule file with one rule; <paramref name="condition"/> is YAML placed under 'condition:' (from line 16).
    /// Line numbers: 2 id, 3 title, 4 message, 7 severity, 9 criteria, 10 advice, 11 citations, 12 source, 14 quote, 15 condition.
    /// </summary>
    public static string Rule(string id, string condition, string kind = "facilitator") =>
        "rules:\n" +
        "  - id: " + id + "\n" +
        "    title: Test rule " + id + "\n" +
        "    message: \"Rule " + id + " fired for {name}.\"\n" +
        "    category: facilitating_conditions\n" +
        "    kind: " + kind + "\n" +
        "    severity: warning\n" +
        "    description: A rule used by the tests.\n" +
        "    criteria: [PTN-FAC-001]\n" +
        "    advice: Do something.\n" +
        "    citations:\n" +
        "      - source: tett-2005\n" +
        "        section: Partnerships\n" +
        "        quote: \"Partners are clear about why they are collaborating together\"\n" +
        "    condition:\n" +
        Indent(condition, 6) + "\n";

    public static string Indent(string text, int spaces)
    {
        var pad = new string(' ', spaces);
        return string.Join("\n", text.Replace("\r", string.Empty).Split('\n').Select(l => l.Length == 0 ? l : pad + l));
    }
}
