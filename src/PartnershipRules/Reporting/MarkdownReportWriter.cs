using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.Facts;
using PartnershipRules.Model;

namespace PartnershipRules.Reporting;

/// <summary>
/// Writes a report for the people in the partnership, not for tools: first a profile (per area of the papers, how
/// many strengths, missing conditions, barriers, reasons to avoid collaborating, risks and open questions, as
/// partnership assessment tools report it), then the findings by area with what to do and what the research says,
/// then the questions whose answers would settle what is still unknown.
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
            WriteCase(output, entry);
        }
    }

    private static void WriteCase(TextWriter writer, CaseReport report)
    {
        var result = report.Result;
        writer.WriteLine("# " + (report.PartnershipName ?? "Partnership") + ": what the research says");
        writer.WriteLine();
        writer.WriteLine($"Case file `{report.CasePath}`. The advice comes from Tett (2005) and Jones (2000); every finding cites the passage it rests on. Findings are advice to discuss, not verdicts.");
        writer.WriteLine();
        if (!result.IsComplete)
        {
            writer.WriteLine("**The evaluation did not complete; read these results as partial.**");
            writer.WriteLine();
        }

        WriteProfile(writer, result);
        WriteFindings(writer, result);
        WriteQuestions(writer, result);
        WriteReferences(writer, result);
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
            writer.WriteLine("- " + work.FullReference + (work.Note is null ? string.Empty : " *Note: " + work.Note.Trim() + "*"));
        }

        writer.WriteLine();
    }

    private static void WriteProfile(TextWriter writer, AnalysisResult result)
    {
        writer.WriteLine("## Profile");
        writer.WriteLine();
        foreach (var classification in result.Findings.Where(f => f.Descriptor.Kind == RuleKind.Classification && !f.IsSuppressed))
        {
            writer.WriteLine("- " + classification.Message);
        }

        writer.WriteLine();
        writer.WriteLine("| area | strengths | conditions missing | barriers | reasons to avoid collaborating | risks | reasons recorded | not yet known |");
        writer.WriteLine("|---|---|---|---|---|---|---|---|");
        var shown = result.Findings.Where(f => !f.IsSuppressed).ToList();
        foreach (var category in result.Results.Select(r => r.Descriptor.Category).Distinct().OrderBy(c => c))
        {
            int Count(RuleKind kind) => shown.Count(f => f.Descriptor.Category == category && f.Descriptor.Kind == kind);
            var unknown = result.InsufficientInformation.Count(r => r.Descriptor.Category == category);
            writer.WriteLine(string.Join(
                " | ",
                new[]
                {
                    "| " + AreaName(category),
                    Cell(Count(RuleKind.FacilitatorPresent)),
                    Cell(Count(RuleKind.Facilitator)),
                    Cell(Count(RuleKind.Barrier)),
                    Cell(Count(RuleKind.AvoidCollaboration)),
                    Cell(Count(RuleKind.Risk)),
                    Cell(Count(RuleKind.Reason)),
                    Cell(unknown) + " |",
                }));
        }

        writer.WriteLine();
    }

    private static void WriteFindings(TextWriter writer, AnalysisResult result)
    {
        writer.WriteLine("## Findings");
        writer.WriteLine();
        var findings = FindingOrder.Findings(result).Where(f => f.Descriptor.Kind != RuleKind.Classification && f.Severity != Severity.Silent).ToList();
        if (findings.Count == 0)
        {
            writer.WriteLine("No findings.");
            writer.WriteLine();
            return;
        }

        foreach (var area in findings.GroupBy(f => f.Descriptor.Category).OrderBy(g => g.Key))
        {
            writer.WriteLine("### " + AreaName(area.Key));
            writer.WriteLine();
            foreach (var finding in area)
            {
                WriteFinding(writer, finding);
            }
        }
    }

    private static void WriteFinding(TextWriter writer, Finding finding)
    {
        writer.WriteLine($"#### {finding.Descriptor.Title}");
        writer.WriteLine();
        writer.WriteLine($"*{SeverityName(finding.Severity)} · {finding.RuleId}*" + (finding.IsSuppressed ? " · **set aside:** " + finding.Suppression!.Justification + (finding.Suppression.Location is { } declared ? " (" + declared + ")" : string.Empty) : string.Empty));
        writer.WriteLine();
        writer.WriteLine(finding.Message);
        writer.WriteLine();
        writer.WriteLine("**What to do:** " + finding.Advice.Trim());
        writer.WriteLine();
        writer.WriteLine("**What the research says:**");
        writer.WriteLine();
        foreach (var citation in finding.Citations)
        {
            var cited = citation.Cites.Count == 0 ? string.Empty : " Citing " + string.Join("; ", citation.Cites.Select(w => w.Authors + " (" + w.Year + ")")) + ".";
            writer.WriteLine($"- {citation.Source.ShortCitation}, section \u201C{citation.Section}\u201D: \u201C{citation.Quote}\u201D{cited}");
        }

        writer.WriteLine();
        if (finding.Evidence.Count > 0)
        {
            writer.WriteLine("**Based on:** " + string.Join("; ", finding.Evidence.Select(e => "`" + e.Location.Path + "` = " + e.Value + (e.Note is null ? string.Empty : " (" + e.Note + ")"))));
            writer.WriteLine();
        }
    }

    private static void WriteQuestions(TextWriter writer, AnalysisResult result)
    {
        writer.WriteLine("## Questions to answer");
        writer.WriteLine();
        var questions = result.InsufficientInformation
            .SelectMany(r => r.MissingFacts.Select(m => (Missing: m, Rule: r.Descriptor)))
            .GroupBy(p => p.Missing.Location.Path, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        if (questions.Count == 0)
        {
            writer.WriteLine("Nothing is left undecided for lack of information.");
            writer.WriteLine();
            return;
        }

        writer.WriteLine("Answering these would settle the points the research could not yet be applied to (\"unknown\" is a fine answer to record; leaving a question out means it was not asked).");
        writer.WriteLine();
        foreach (var question in questions)
        {
            var first = question.First().Missing;
            var rules = string.Join(", ", question.Select(p => p.Rule.Title).Distinct(StringComparer.Ordinal).OrderBy(t => t, StringComparer.Ordinal));
            var state = first.State == FactState.Unknown ? "recorded as unknown" : "not recorded";
            writer.WriteLine($"- {first.Question} (`{question.Key}`, {state}) — for: {rules}");
        }

        writer.WriteLine();
    }

    private static string Cell(int count) => count == 0 ? "·" : count.ToString(CultureInfo.InvariantCulture);

    private static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "Serious",
        Severity.Warning => "Warning",
        Severity.Suggestion => "Suggestion",
        _ => "Note",
    };

    /// <summary>The areas of the papers, as a reader would name them.</summary>
    internal static string AreaName(RuleCategory category) => category switch
    {
        RuleCategory.Reasons => "Reasons to collaborate",
        RuleCategory.FacilitatingConditions => "Conditions that help partnerships work",
        RuleCategory.Barriers => "Barriers",
        RuleCategory.AvoidCollaboration => "When collaboration is best avoided",
        RuleCategory.PowerAndRepresentation => "Power, representation and community involvement",
        RuleCategory.Accountability => "Accountability, monitoring and evaluation",
        RuleCategory.ResourcesAndTime => "Funding, resources and time",
        RuleCategory.JonesModel => "Connected and disconnected partnerships (Jones)",
        _ => "Other",
    };
}
