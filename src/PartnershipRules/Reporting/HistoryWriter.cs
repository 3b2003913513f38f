using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using PartnershipRules.Assessment;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Facts;
using PartnershipRules.Model;

namespace PartnershipRules.Reporting;

/// <summary>
/// One partnership at several dates (<c>partnership-rules history</c>): the verdict and each area's band at every review,
/// ordered by the date each case was assessed on, as a table (text, Markdown, HTML) with a chart over time (Markdown: a
/// Mermaid chart of the areas of concern and of strength; HTML: the bands as an inline SVG grid), or as JSON.
/// </summary>
public static class HistoryWriter
{
    private const int Cell = 17;

    /// <summary>The formats a history is written in.</summary>
    public static IReadOnlyList<ReportFormat> Formats { get; } = new[] { ReportFormat.Text, ReportFormat.Markdown, ReportFormat.Html, ReportFormat.Json };

    /// <summary>The cases in the order a history shows them: by the date each was assessed on (undated ones last, as given).</summary>
    /// <param name="report">The cases.</param>
    /// <returns>The cases in date order.</returns>
    public static IReadOnlyList<CaseReport> InDateOrder(Report report) =>
        (report ?? throw new ArgumentNullException(nameof(report))).Cases
            .Select((entry, index) => (entry, index))
            .OrderBy(p => p.entry.Result.AssessmentDate.State == FactState.Known ? p.entry.Result.AssessmentDate.Value : DateTime.MaxValue)
            .ThenBy(p => p.index)
            .Select(p => p.entry)
            .ToList();

    /// <summary>Writes the history of a report's cases.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="report">The cases: one partnership at several dates.</param>
    /// <param name="format">Text, Markdown, HTML or JSON.</param>
    public static void Write(TextWriter output, Report report, ReportFormat format)
    {
        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        if (!Formats.Contains(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "A history is written as text, Markdown, HTML or JSON.");
        }

        var entries = InDateOrder(report).Select(e => (Case: e, Assessment: report.Assess(e))).ToList();
        var areas = entries.SelectMany(e => e.Assessment.Profile.Select(a => (a.Category, a.Name))).Distinct().ToList();
        var name = entries.Select(e => e.Case.PartnershipName).FirstOrDefault(n => n is not null) ?? "(unnamed partnership)";
        switch (format)
        {
            case ReportFormat.Text:
                WriteText(output, name, entries, areas);
                break;
            case ReportFormat.Markdown:
                WriteMarkdown(output, name, entries, areas);
                break;
            case ReportFormat.Html:
                WriteHtml(output, name, entries, areas);
                break;
            default:
                WriteJson(output, entries);
                break;
        }
    }

    private static string Date(CaseReport entry) =>
        entry.Result.AssessmentDate.State == FactState.Known ? entry.Result.AssessmentDate.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "undated";

    private static Band? BandOf(PartnershipAssessment assessment, RuleCategory category) =>
        assessment.Profile.FirstOrDefault(a => a.Category == category)?.Band;

    private static string BandWord(Band? band) => band is { } known ? TextReportWriter.BandWord(known) : "-";

    private static void WriteText(TextWriter output, string name, List<(CaseReport Case, PartnershipAssessment Assessment)> entries, List<(RuleCategory Category, string Name)> areas)
    {
        var label = Math.Max(10, areas.Max(a => a.Name.Length) + 2);
        output.WriteLine(TextEscaping.Line(name) + string.Format(CultureInfo.InvariantCulture, ": {0} review(s)", entries.Count));
        output.WriteLine(string.Empty.PadRight(label) + string.Concat(entries.Select(e => Date(e.Case).PadRight(Cell))).TrimEnd());
        output.WriteLine("Verdict".PadRight(label) + string.Concat(entries.Select(e => e.Assessment.Verdict.Words.PadRight(Cell))).TrimEnd());
        foreach (var area in areas)
        {
            output.WriteLine(area.Name.PadRight(label) + string.Concat(entries.Select(e => BandWord(BandOf(e.Assessment, area.Category)).PadRight(Cell))).TrimEnd());
        }

        output.WriteLine("Findings".PadRight(label) + string.Concat(entries.Select(e => e.Case.Result.Findings.Count.ToString(CultureInfo.InvariantCulture).PadRight(Cell))).TrimEnd());
        foreach (var entry in entries)
        {
            output.WriteLine(TextEscaping.Line(Date(entry.Case) + ": " + entry.Case.CasePath));
        }
    }

    private static void WriteMarkdown(TextWriter output, string name, List<(CaseReport Case, PartnershipAssessment Assessment)> entries, List<(RuleCategory Category, string Name)> areas)
    {
        output.WriteLine("# " + MarkdownEscaping.Text(name) + ": the partnership over time");
        output.WriteLine();
        output.WriteLine("| | " + string.Join(" | ", entries.Select(e => Date(e.Case))) + " |");
        output.WriteLine("|---|" + string.Concat(entries.Select(_ => "---|")));
        output.WriteLine("| **Verdict** | " + string.Join(" | ", entries.Select(e => "**" + e.Assessment.Verdict.Words + "**")) + " |");
        foreach (var area in areas)
        {
            output.WriteLine("| " + MarkdownEscaping.Text(area.Name) + " | " + string.Join(" | ", entries.Select(e => BandWord(BandOf(e.Assessment, area.Category)))) + " |");
        }

        output.WriteLine("| Findings | " + string.Join(" | ", entries.Select(e => e.Case.Result.Findings.Count.ToString(CultureInfo.InvariantCulture))) + " |");
        output.WriteLine();

        // Mermaid's chart reads the areas as counts: how many are a concern and how many a strength at each review.
        output.WriteLine("```mermaid");
        output.WriteLine("xychart-beta");
        output.WriteLine("    title \"Areas of concern (bars) and of strength (line) at each review\"");
        output.WriteLine("    x-axis [" + string.Join(", ", entries.Select(e => "\"" + Date(e.Case) + "\"")) + "]");
        output.WriteLine("    y-axis \"Areas\" 0 --> " + areas.Count.ToString(CultureInfo.InvariantCulture));
        output.WriteLine("    bar [" + string.Join(", ", entries.Select(e => Count(e.Assessment, Band.Concern))) + "]");
        output.WriteLine("    line [" + string.Join(", ", entries.Select(e => Count(e.Assessment, Band.Strength))) + "]");
        output.WriteLine("```");
        output.WriteLine();
        foreach (var entry in entries)
        {
            output.WriteLine("- " + Date(entry.Case) + ": " + MarkdownEscaping.Code(entry.Case.CasePath));
        }
    }

    private static string Count(PartnershipAssessment assessment, Band band) =>
        assessment.Profile.Count(a => a.Band == band).ToString(CultureInfo.InvariantCulture);

    private static void WriteHtml(TextWriter output, string name, List<(CaseReport Case, PartnershipAssessment Assessment)> entries, List<(RuleCategory Category, string Name)> areas)
    {
        const int Label = 260;
        const int Column = 120;
        const int Row = 26;
        string H(string text) => HtmlEscaping.Text(text);
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        output.WriteLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        output.WriteLine("<title>" + H(name) + ": the partnership over time</title>");
        output.WriteLine("<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1d2733}table{border-collapse:collapse}td,th{border:1px solid #c8d0da;padding:.3rem .6rem;text-align:left}.band-concern{background:#f6d5d4}.band-mixed{background:#fbeccd}.band-strength{background:#d4ecdc}.band-not-enough-known{background:#e4e8ee}</style>");
        output.WriteLine("</head><body><main>");
        output.WriteLine("<h1>" + H(name) + ": the partnership over time</h1>");
        output.WriteLine("<table class=\"history\"><thead><tr><th></th>" + string.Concat(entries.Select(e => "<th>" + H(Date(e.Case)) + "</th>")) + "</tr></thead><tbody>");
        output.WriteLine("<tr class=\"verdict\"><th>Verdict</th>" + string.Concat(entries.Select(e => "<td><strong>" + H(e.Assessment.Verdict.Words) + "</strong></td>")) + "</tr>");
        foreach (var area in areas)
        {
            output.WriteLine("<tr><th>" + H(area.Name) + "</th>" + string.Concat(entries.Select(e => BandCell(BandOf(e.Assessment, area.Category)))) + "</tr>");
        }

        output.WriteLine("</tbody></table>");

        // The chart: one row per area, one column per review, each cell coloured by its band.
        var width = Label + (Column * entries.Count) + 10;
        var height = (Row * (areas.Count + 1)) + 10;
        output.WriteLine($"<figure class=\"history-chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"Each area's band at each review\">");
        for (var c = 0; c < entries.Count; c++)
        {
            output.WriteLine($"<text x=\"{Label + (c * Column) + (Column / 2)}\" y=\"16\" font-size=\"12\" text-anchor=\"middle\">{H(Date(entries[c].Case))}</text>");
        }

        for (var r = 0; r < areas.Count; r++)
        {
            var y = Row * (r + 1);
            output.WriteLine($"<g class=\"area\"><text x=\"{Label - 8}\" y=\"{y + 17}\" font-size=\"12\" text-anchor=\"end\">{H(areas[r].Name)}</text>");
            for (var c = 0; c < entries.Count; c++)
            {
                var band = BandOf(entries[c].Assessment, areas[r].Category);
                output.WriteLine($"<rect x=\"{Label + (c * Column) + 2}\" y=\"{y + 2}\" width=\"{Column - 4}\" height=\"{Row - 4}\" fill=\"{Colour(band)}\"><title>{H(areas[r].Name + ", " + Date(entries[c].Case) + ": " + BandWord(band))}</title></rect>");
            }

            output.WriteLine("</g>");
        }

        output.WriteLine("</svg><figcaption>Red: concern; amber: mixed; green: strength; grey: not enough known.</figcaption></figure>");
        output.WriteLine("<ul>" + string.Concat(entries.Select(e => "<li>" + H(Date(e.Case)) + ": <code>" + H(e.Case.CasePath) + "</code></li>")) + "</ul>");
        output.WriteLine("</main></body></html>");
    }

    private static string BandCell(Band? band) =>
        band is { } known ? "<td class=\"band-" + TextReportWriter.BandWord(known).Replace(' ', '-') + "\">" + TextReportWriter.BandWord(known) + "</td>" : "<td>-</td>";

    private static string Colour(Band? band) => band switch
    {
        Band.Concern => "#d9534f",
        Band.Mixed => "#e8a33d",
        Band.Strength => "#3c9a5f",
        _ => "#b8c2cf",
    };

    private static void WriteJson(TextWriter output, List<(CaseReport Case, PartnershipAssessment Assessment)> entries)
    {
        using var chunks = new ChunkedJsonOutput(output, indented: true);
        var json = chunks.Json;
        json.WriteStartObject();
        json.WriteStartArray("reviews");
        foreach (var (entry, assessment) in entries)
        {
            json.WriteStartObject();
            json.WriteString("case", entry.CasePath);
            json.WriteString("assessedOn", Date(entry));
            json.WriteString("verdict", Spelling.Of(assessment.Verdict.Kind));
            json.WriteNumber("findings", entry.Result.Findings.Count);
            json.WriteStartObject("bands");
            foreach (var area in assessment.Profile)
            {
                json.WriteString(Spelling.Of(area.Category), Spelling.Of(area.Band));
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        chunks.Drain();
        output.WriteLine();
    }
}
