using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PartnershipRules.Assessment;
using PartnershipRules.Diagnostics;
using PartnershipRules.Reviews;

namespace PartnershipRules.Reporting;

/// <summary>
/// What the human formats lead a reviewed case with, in words: the earlier assessment, the verdict then and now, the
/// counts, the findings resolved, new and changed (with the records they came to name or no longer name) and the areas
/// that changed band. Text, Markdown and HTML each escape and lay it out their own way.
/// </summary>
internal sealed class ReviewSummary
{
    private ReviewSummary(string heading, string counts, IReadOnlyList<(IReadOnlyList<Item> Items, string Kind, int Hidden)> sections, IReadOnlyList<string> moved)
    {
        Heading = heading;
        Counts = counts;
        Sections = sections;
        Moved = moved;
    }

    /// <summary>E.g. "Since the last review (2026-09-22, then.yaml): verdict then RECONSIDER, now CANNOT TELL YET."</summary>
    public string Heading { get; }

    /// <summary>E.g. "8 resolved, 0 new, 3 changed, 108 unchanged; of the questions open then, 0 answered and 42 still open."</summary>
    public string Counts { get; }

    /// <summary>The findings listed, resolved first, then new and changed; each with how many were left out at this verbosity.</summary>
    public IReadOnlyList<(IReadOnlyList<Item> Items, string Kind, int Hidden)> Sections { get; }

    /// <summary>Each area that changed band, e.g. "Barriers concern -> mixed".</summary>
    public IReadOnlyList<string> Moved { get; }

    public static ReviewSummary Of(Review review, ReportVerbosity verbosity)
    {
        var previous = review.Previous;
        var when = previous.AssessedOn is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ", " : string.Empty;
        var then = review.VerdictThen is { } kind ? Verdict.WordsFor(kind).ToUpperInvariant() : "not recorded";
        var heading = "Since the last review (" + when + previous.CaseName + "): verdict then " + then + ", now " + Verdict.WordsFor(review.VerdictNow).ToUpperInvariant() + ".";
        var counts = string.Format(CultureInfo.InvariantCulture, "{0} resolved, {1} new, {2} changed, {3} unchanged; of the questions open then, {4} answered and {5} still open.", review.Resolved.Count, review.New.Count, review.Changed.Count, review.Unchanged.Count, review.QuestionsAnswered.Count, review.QuestionsStillOpen.Count);

        var shown = verbosity >= ReportVerbosity.Detailed ? int.MaxValue : 5;
        var resolved = review.Resolved.Where(r => r.Severity > Severity.Silent).Select(r => new Item("resolved", r.RuleId, r.Message, string.Empty)).ToList();
        var added = review.New.Concat(review.Changed).Where(f => f.Severity > Severity.Silent)
            .Select(f => new Item(review.ChangeOf(f) == FindingChange.New ? "new" : "changed", f.RuleId, f.Message, Records(review, f)))
            .ToList();
        var moved = review.Profile.Where(a => a.HasChanged).Select(a => a.Name + " " + (a.Then is { } band ? TextReportWriter.BandWord(band) : "not assessed") + " -> " + TextReportWriter.BandWord(a.Now)).ToList();
        var sections = new List<(IReadOnlyList<Item>, string, int)>
        {
            (resolved.Take(shown).ToList(), "resolved", System.Math.Max(0, resolved.Count - shown)),
            (added.Take(shown).ToList(), "new or changed", System.Math.Max(0, added.Count - shown)),
        };
        return new ReviewSummary(heading, counts, sections, moved);
    }

    private static string Records(Review review, Model.Finding finding)
    {
        var now = review.RecordsAdded(finding);
        var gone = review.RecordsRemoved(finding);
        var parts = new List<string>();
        if (now.Count > 0)
        {
            parts.Add("now also " + string.Join(", ", now));
        }

        if (gone.Count > 0)
        {
            parts.Add("no longer " + string.Join(", ", gone));
        }

        return string.Join("; ", parts);
    }

    /// <summary>One finding listed.</summary>
    internal sealed record Item(string Kind, string RuleId, string Message, string Records);
}
