using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PartnershipRules.Reporting;

/// <summary>
/// The one shape of every report format: a <see cref="Report"/> in, text out. The formats differ only in what they
/// write; each escapes what comes from a case for its own format.
/// </summary>
public abstract class ReportWriter
{
    /// <summary>The format this writer writes.</summary>
    public abstract ReportFormat Format { get; }

    /// <summary>The writer for a format.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The writer (stateless; share it).</returns>
    public static ReportWriter For(ReportFormat format) => format switch
    {
        ReportFormat.Text => TextReportWriter.Instance,
        ReportFormat.Markdown => MarkdownReportWriter.Instance,
        ReportFormat.Json => JsonReportWriter.Instance,
        ReportFormat.Sarif => SarifReportWriter.Instance,
        ReportFormat.JsonLines => JsonLinesReportWriter.Instance,
        ReportFormat.Html => HtmlReportWriter.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a report format."),
    };

    /// <summary>Writes the report.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="report">What to write.</param>
    public void Write(TextWriter output, Report report)
    {
        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        WriteReport(output, report ?? throw new ArgumentNullException(nameof(report)));
    }

    /// <summary>
    /// Writes a report whose cases arrive one at a time, e.g. evaluated as they are written: JSON, SARIF and JSON lines
    /// enumerate <paramref name="cases"/> once and hold one case at a time, so memory stays flat however many cases
    /// there are; text, Markdown and HTML collect them first.
    /// </summary>
    /// <param name="output">Where to write.</param>
    /// <param name="report">Everything the report says besides its cases (rules, stamp, diagnostics, verbosity); its own <see cref="Report.Cases"/> are not written.</param>
    /// <param name="cases">The cases, in the order to write them; enumerated once.</param>
    public void WriteStreamed(TextWriter output, Report report, IEnumerable<CaseReport> cases)
    {
        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        WriteReportStreamed(output, report ?? throw new ArgumentNullException(nameof(report)), cases ?? throw new ArgumentNullException(nameof(cases)));
    }

    /// <summary>Writes cases as they are enumerated (arguments already checked); by default collects them and writes through <see cref="WriteReport"/>.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="report">Everything the report says besides its cases.</param>
    /// <param name="cases">The cases; enumerated once.</param>
    protected virtual void WriteReportStreamed(TextWriter output, Report report, IEnumerable<CaseReport> cases) =>
        WriteReport(output, report.WithCases(cases.ToList()));

    /// <summary>Writes the report in this format (arguments already checked).</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="report">What to write.</param>
    protected abstract void WriteReport(TextWriter output, Report report);
}
