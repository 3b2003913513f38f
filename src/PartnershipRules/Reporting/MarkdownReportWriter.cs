using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using PartnershipRules.Assessment;
using PartnershipRules.Diagnostics;
using PartnershipRules.Facts;
using PartnershipRules.Model;

namespace PartnershipRules.Reporting;

/// <summary>
/// Writes a report for the people in the partnership, not for tools: the verdict and why, the profile per area (a
/// table and a chart), what to do first, the issues by area with what to do and what the research says (notes on
/// citations included, so no quote reads as support for what it is contrasted with), the questions to ask grouped by
/// partner, and the full references. Case text is escaped (<see cref="MarkdownEscaping"/>): a name cannot add
/// emphasis, links or HTML.
/// </summary>
public sealed class MarkdownReportWriter : ReportWriter
{
    private MarkdownReportWriter()
    {
    }

    /// <summary>The writer.</summary>
    public static MarkdownReportWriter Instance { get; } = new();

    /// <inheritdoc />
    public override ReportFormat Format => ReportFormat.Markdown;

    /// <inheritdoc />
    protected override void WriteReport(TextWriter output, Report report)
    {
        foreach (var entry in report.Cases)
        {
            WriteCase(output, report, entry);
        }
    }

    private static void WriteCase(TextWriter writer, Report report, CaseReport entry)
    {
        var result = entry.Result;
        var assessment = report.Assess(entry);
        writer.WriteLine("# " + MarkdownEscaping.Text(entry.PartnershipName ?? "Partnership") + ": what the research says");
        writer.WriteLine();
        writer.WriteLine($"Case file {MarkdownEscaping.Code(entry.CasePath)}. The advice comes from Tett (2005) and Jones (2000); every finding cites the passage it rests on. Findings are advice to discuss, not verdicts.");
        writer.WriteLine();
        if (!result.IsComplete)
        {
            writer.WriteLine("**The evaluation did not complete; read these results as partial.**");
            writer.WriteLine();
        }

        if (entry.Review is { } review)
        {
            WriteReview(writer, ReviewSummary.Of(review, report.Verbosity));
        }

        WriteVerdict(writer, assessment.Verdict);
        WriteProfile(writer, result, assessment);
        WritePriorities(writer, assessment);
        if (report.Verbosity >= ReportVerbosity.Normal)
        {
            WriteIssues(writer, assessment);
            WriteQuestions(writer, assessment);
        }

        WriteReferences(writer, result);
    }

    /// <summary>A reviewed case leads with what changed since the earlier assessment.</summary>
    private static void WriteReview(TextWriter writer, ReviewSummary summary)
    {
        writer.WriteLine("## Since the last review");
        writer.WriteLine();
        writer.WriteLine(MarkdownEscaping.Text(summary.Heading));
        writer.WriteLine();
        writer.WriteLine(MarkdownEscaping.Text(summary.Counts));
        writer.WriteLine();
        foreach (var (items, kind, hidden) in summary.Sections)
        {
            foreach (var item in items)
            {
                writer.WriteLine("- " + Capital(item.Kind) + ": **" + MarkdownEscaping.Text(item.RuleId) + "** " + MarkdownEscaping.Text(item.Message) + (item.Records.Length > 0 ? " (" + MarkdownEscaping.Text(item.Records) + ")" : string.Empty));
            }

            if (hidden > 0)
            {
                writer.WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, "- ... and {0} more {1} (`--verbosity detailed` lists them).", hidden, kind));
            }
        }

        writer.WriteLine();
        writer.WriteLine("Areas that changed band: " + (summary.Moved.Count == 0 ? "none." : MarkdownEscaping.Text(string.Join("; ", summary.Moved)) + "."));
        writer.WriteLine();
    }

    private static void WriteVerdict(TextWriter writer, Verdict verdict)
    {
        writer.WriteLine("## Verdict: " + Capital(verdict.Words));
        writer.WriteLine();
        writer.WriteLine(MarkdownEscaping.Text(verdict.Reason));
        writer.WriteLine();
        writer.WriteLine("> The verdict, the bands and the ranking below are this library's reading of the papers' criteria, not the papers' words; the findings and the quotes are the papers'.");
        writer.WriteLine();
    }

    private static void WriteProfile(TextWriter writer, AnalysisResult result, PartnershipAssessment assessment)
    {
        writer.WriteLine("## Profile");
        writer.WriteLine();
        foreach (var classification in result.Findings.Where(f => f.Descriptor.Kind == RuleKind.Classification && !f.IsSuppressed))
        {
            writer.WriteLine("- " + MarkdownEscaping.Text(classification.Message));
        }

        var jones = assessment.Jones;
        if (jones.Applies)
        {
            writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "- Jones's scale, from disconnected to connected: **{0}** ({1} connected, {2} disconnected, {3} not recorded).", jones.Words, jones.Connected.Count, jones.Disconnected.Count, jones.Unrecorded));
        }

        writer.WriteLine();
        writer.WriteLine("| area | band | in favour | against | minor | not yet known |");
        writer.WriteLine("|---|---|---|---|---|---|");
        foreach (var area in assessment.Profile)
        {
            writer.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "| {0} | {1} | {2} | {3} | {4} | {5} |",
                area.Name,
                TextReportWriter.BandWord(area.Band),
                Cell(area.Strengths),
                Cell(area.Concerns) + (area.SeriousConcerns > 0 ? " (" + area.SeriousConcerns.ToString(CultureInfo.InvariantCulture) + " serious)" : string.Empty),
                Cell(area.MinorConcerns),
                Cell(area.Undecided)));
        }

        // The same profile as a chart, which renders where Markdown renders Mermaid (and reads as data elsewhere).
        writer.WriteLine();
        writer.WriteLine("```mermaid");
        writer.WriteLine("xychart-beta horizontal");
        writer.WriteLine("    title \"In favour and against, by area\"");
        writer.WriteLine("    x-axis [" + string.Join(", ", assessment.Profile.Select(a => "\"" + Short(a.Category) + "\"")) + "]");
        writer.WriteLine("    y-axis \"rules\"");
        writer.WriteLine("    bar [" + string.Join(", ", assessment.Profile.Select(a => a.Strengths.ToString(CultureInfo.InvariantCulture))) + "]");
        writer.WriteLine("    bar [" + string.Join(", ", assessment.Profile.Select(a => a.Concerns.ToString(CultureInfo.InvariantCulture))) + "]");
        writer.WriteLine("```");
        writer.WriteLine();
    }

    private static void WritePriorities(TextWriter writer, PartnershipAssessment assessment)
    {
        writer.WriteLine("## What to do first");
        writer.WriteLine();
        if (assessment.Priorities.Count == 0)
        {
            writer.WriteLine("No finding calls for action.");
            writer.WriteLine();
            return;
        }

        var number = 0;
        foreach (var issue in assessment.Priorities)
        {
            number++;
            writer.WriteLine($"{number}. **{MarkdownEscaping.Text(issue.Headline)}** *({SeverityName(issue.Severity)} · {string.Join(", ", issue.RuleIds)})*");
            writer.WriteLine($"   What to do: {MarkdownEscaping.Text(issue.Advice[0])}");
        }

        writer.WriteLine();
    }

    private static void WriteIssues(TextWriter writer, PartnershipAssessment assessment)
    {
        writer.WriteLine("## Issues");
        writer.WriteLine();
        var issues = assessment.Issues.Where(i => i.Lead.Descriptor.Kind != RuleKind.Classification).ToList();
        if (issues.Count == 0)
        {
            writer.WriteLine("No findings.");
            writer.WriteLine();
            return;
        }

        foreach (var area in issues.GroupBy(i => i.Lead.Descriptor.Category).OrderBy(g => g.Key))
        {
            writer.WriteLine("### " + Areas.Name(area.Key));
            writer.WriteLine();
            foreach (var issue in area)
            {
                WriteIssue(writer, issue);
            }
        }
    }

    private static void WriteIssue(TextWriter writer, Issue issue)
    {
        writer.WriteLine($"#### {issue.Lead.Descriptor.Title}");
        writer.WriteLine();
        var setAside = issue.Findings.Where(f => f.IsSuppressed).Select(f => "**set aside:** " + MarkdownEscaping.Text(f.Suppression!.Justification) + (f.Suppression.Location is { } declared ? " (" + MarkdownEscaping.Text(declared.ToString()) + ")" : string.Empty));
        var standing = TextReportWriter.Standing(issue) is { } words && !issue.IsSuppressed ? " · " + words : string.Empty;
        writer.WriteLine($"*{SeverityName(issue.Severity)} · {string.Join(", ", issue.RuleIds)} · about {MarkdownEscaping.Text(issue.Record.DisplayName)}{standing}*" + string.Concat(setAside.Select(s => " · " + s)));
        writer.WriteLine();
        foreach (var finding in issue.Findings)
        {
            writer.WriteLine(MarkdownEscaping.Text(finding.Message));
            writer.WriteLine();
        }

        writer.WriteLine("**What to do:** " + string.Join(" ", issue.Advice.Select(MarkdownEscaping.Text)));
        writer.WriteLine();
        writer.WriteLine("**What the research says:**");
        writer.WriteLine();
        foreach (var citation in issue.Findings.SelectMany(f => f.Citations).Distinct())
        {
            var cited = citation.Cites.Count == 0 ? string.Empty : " Citing " + string.Join("; ", citation.Cites.Select(w => MarkdownEscaping.Text(w.Authors) + " (" + MarkdownEscaping.Text(w.Year) + ")")) + ".";
            var note = citation.Note is null ? string.Empty : " *Note: " + MarkdownEscaping.Text(citation.Note.Trim()) + "*";
            writer.WriteLine($"- {MarkdownEscaping.Text(citation.Source.ShortCitation)}, section \u201C{MarkdownEscaping.Text(citation.Section)}\u201D: \u201C{MarkdownEscaping.Text(citation.Quote)}\u201D{cited}{note}");
        }

        writer.WriteLine();
        var evidence = issue.Findings.SelectMany(f => f.Evidence).GroupBy(e => e.Location.Path + "=" + e.Value, StringComparer.Ordinal).Select(g => g.First()).ToList();
        if (evidence.Count > 0)
        {
            writer.WriteLine("**Based on:** " + string.Join("; ", evidence.Select(e => MarkdownEscaping.Code(e.Location.Path) + " = " + MarkdownEscaping.Text(e.Value) + (e.Note is null ? string.Empty : " (" + MarkdownEscaping.Text(e.Note) + ")"))));
            writer.WriteLine();
        }
    }

    private static void WriteQuestions(TextWriter writer, PartnershipAssessment assessment)
    {
        writer.WriteLine("## Questions to answer");
        writer.WriteLine();
        if (assessment.QuestionGroups.Count == 0)
        {
            writer.WriteLine("Nothing is left undecided for lack of information.");
            writer.WriteLine();
            return;
        }

        writer.WriteLine("Answering these would settle the points the research could not yet be applied to, the most telling first (\"unknown\" is a fine answer to record; leaving a question out means it was not asked).");
        writer.WriteLine();
        foreach (var group in assessment.QuestionGroups)
        {
            writer.WriteLine("### " + Capital(MarkdownEscaping.Text(group.Record.DisplayName)));
            writer.WriteLine();
            foreach (var question in group.Questions)
            {
                var state = question.State == FactState.Unknown ? "recorded as unknown" : "not recorded";
                var rules = string.Join(", ", question.Settles.Select(r => r.Descriptor.Title).Distinct(StringComparer.Ordinal));
                writer.WriteLine($"- {MarkdownEscaping.Text(question.Question)} ({MarkdownEscaping.Code(question.Path)}, {state}) — would settle: {MarkdownEscaping.Text(rules)}");
            }

            writer.WriteLine();
        }
    }

    /// <summary>The full reference of every work the findings cite, so the report stands on its own.</summary>
    private static void WriteReferences(TextWriter writer, AnalysisResult result)
    {
        var works = result.Findings
            .SelectMany(f => f.Citations)
            .SelectMany(c => new[] { c.Source }.Concat(c.Cites))
            .GroupBy(w => w.Key, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(w => w.Authors, StringComparer.Ordinal)
            .ThenBy(w => w.Year, StringComparer.Ordinal)
            .ToList();
        if (works.Count == 0)
        {
            return;
        }

        writer.WriteLine("## References");
        writer.WriteLine();
        foreach (var work in works)
        {
            writer.WriteLine("- " + MarkdownEscaping.Text(work.FullReference) + (work.Note is null ? string.Empty : " *Note: " + MarkdownEscaping.Text(work.Note.Trim()) + "*"));
        }

        writer.WriteLine();
    }

    private static string Cell(int count) => count == 0 ? "·" : count.ToString(CultureInfo.InvariantCulture);

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    internal static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "Serious",
        Severity.Warning => "Warning",
        Severity.Suggestion => "Suggestion",
        _ => "Note",
    };

    /// <summary>A short label for a chart axis.</summary>
    internal static string Short(RuleCategory category) => category switch
    {
        RuleCategory.Reasons => "Reasons",
        RuleCategory.FacilitatingConditions => "Conditions",
        RuleCategory.Barriers => "Barriers",
        RuleCategory.AvoidCollaboration => "Best avoided",
        RuleCategory.PowerAndRepresentation => "Power",
        RuleCategory.Accountability => "Accountability",
        RuleCategory.ResourcesAndTime => "Resources",
        RuleCategory.JonesModel => "Jones",
        _ => "Other",
    };
}
