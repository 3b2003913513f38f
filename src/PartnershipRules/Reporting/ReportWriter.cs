using System;
using System.IO;

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

    /// <summary>Writes the report in this format (arguments already checked).</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="report">What to write.</param>
    protected abstract void WriteReport(TextWriter output, Report report);
}
