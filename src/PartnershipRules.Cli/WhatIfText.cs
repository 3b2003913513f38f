using System.IO;
using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.Reviews;

namespace PartnershipRules.Cli;

/// <summary>What <c>explain --what-if</c> prints: the verdict as recorded and as it would be, then the findings that would go, arise or change.</summary>
internal static class WhatIfText
{
    public static void Write(WhatIf outcome, TextWriter output)
    {
        var review = outcome.Review;
        Line(output, "What if " + string.Join(", ", outcome.Changes) + ":");
        Line(output, "  Verdict: " + Words(review.VerdictThen) + " as recorded, " + Words(review.VerdictNow) + " with these facts.");
        Section(output, review.Resolved.Count, "would be resolved", review.Resolved.Select(r => r.RuleId + " " + r.Message));
        Section(output, review.New.Count, "would arise", review.New.Select(f => f.RuleId + " " + f.Message));
        Section(output, review.Changed.Count, "would change", review.Changed.Select(f => f.RuleId + " " + f.Message + Records(review, f)));
        var moved = review.Profile.Where(a => a.HasChanged).Select(a => a.Name + " " + Band(a.Then) + " -> " + Band(a.Now)).ToList();
        Line(output, "  Profile: " + (moved.Count == 0 ? "no area would change band." : string.Join("; ", moved) + "."));
    }

    private static void Section(TextWriter output, int count, string what, System.Collections.Generic.IEnumerable<string> lines)
    {
        Line(output, $"  {count} finding(s) {what}" + (count == 0 ? "." : ":"));
        foreach (var line in lines)
        {
            Line(output, "    " + line);
        }
    }

    private static string Records(Review review, Model.Finding finding)
    {
        var added = review.RecordsAdded(finding);
        var removed = review.RecordsRemoved(finding);
        var parts = (added.Count > 0 ? new[] { "would also name " + string.Join(", ", added) } : System.Array.Empty<string>())
            .Concat(removed.Count > 0 ? new[] { "would no longer name " + string.Join(", ", removed) } : System.Array.Empty<string>())
            .ToList();
        return parts.Count == 0 ? string.Empty : " (" + string.Join("; ", parts) + ")";
    }

    private static string Words(Assessment.VerdictKind? kind) => kind is { } known ? Assessment.Verdict.WordsFor(known).ToUpperInvariant() : "not known";

    private static string Band(Assessment.Band? band) => band is { } known ? Documents.Spelling.Of(known).Replace('_', ' ') : "not assessed";

    // Case text (names, messages) is printed inert: no control character can start a line or move the cursor.
    private static void Line(TextWriter output, string text) => output.WriteLine(TextEscaping.Line(text));
}
