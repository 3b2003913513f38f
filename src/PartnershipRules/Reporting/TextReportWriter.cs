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
/// Writes results the way compilers do, one line per finding (<c>FILE(LINE,COL): SEVERITY RULEID: message</c>)
/// followed by the advice and the citations, then the undecided rules with the questions that would decide them.
/// </summary>
public sealed class TextReportWriter : ReportWriter
{
    private TextReportWriter()
    {
    }

    /// <summary>The writer.</summary>
    public static TextReportWriter Instance { get; } = new();

    /// <inheritdoc />
    public override ReportFormat Format => ReportFormat.Text;

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
        // Silent findings are kept in the results (JSON, SARIF) but, as their name says, not shown here.
        foreach (var finding in FindingOrder.Findings(result).Where(f => f.Severity != Severity.Silent))
        {
            writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}: {1} {2}: {3}", Where(report, finding.Location), SeverityWord(finding.Severity), finding.RuleId, finding.Message));
            writer.WriteLine("    advice: " + finding.Advice);
            foreach (var citation in finding.Citations)
            {
                writer.WriteLine("    source: " + Cite(citation));
            }

            if (finding.Evidence.Count > 0)
            {
                writer.WriteLine("    evidence: " + string.Join("; ", finding.Evidence.Select(e => e.ToString())));
            }

            if (finding.Suppression is { } suppression)
            {
                writer.WriteLine("    suppressed: " + suppression.Justification + (suppression.Location is null ? string.Empty : " (declared at " + suppression.Location + ")"));
            }
        }

        foreach (var undecided in result.InsufficientInformation.OrderBy(r => r.RuleId, StringComparer.Ordinal))
        {
            var first = undecided.MissingFacts.Count > 0 ? undecided.MissingFacts[0] : null;
            var location = first is null ? new FactLocation(string.Empty, null) : first.Location;
            writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}: info {1}: insufficient information to assess '{2}'", Where(report, location), undecided.RuleId, undecided.Descriptor.Title));
            foreach (var missing in undecided.MissingFacts)
            {
                writer.WriteLine("    needs " + missing.Location.Path + " (" + (missing.State == FactState.Unknown ? "recorded as unknown" : "not recorded") + "): " + missing.Question);
            }
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            writer.WriteLine(report.CasePath + ": " + diagnostic);
        }

        var counts = result.Results.GroupBy(r => r.Outcome).ToDictionary(g => g.Key, g => g.Count());
        int Count(Outcome outcome) => counts.TryGetValue(outcome, out var n) ? n : 0;
        writer.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0}: {1} finding(s) ({2} error, {3} warning, {4} suggestion{9}), {5} rule(s) with insufficient information, {6} not fired, {7} not applicable{8}.",
            report.CasePath,
            Count(Outcome.Fired),
            result.Findings.Count(f => f.Severity == Severity.Error && !f.IsSuppressed),
            result.Findings.Count(f => f.Severity == Severity.Warning && !f.IsSuppressed),
            result.Findings.Count(f => f.Severity == Severity.Suggestion && !f.IsSuppressed),
            Count(Outcome.InsufficientInformation),
            Count(Outcome.NotFired),
            Count(Outcome.NotApplicable),
            result.IsComplete ? string.Empty : "; EVALUATION INCOMPLETE",
            (result.Findings.Any(f => f.IsSuppressed) ? ", " + result.Findings.Count(f => f.IsSuppressed).ToString(CultureInfo.InvariantCulture) + " suppressed" : string.Empty)
            + (result.Findings.Any(f => f.Severity == Severity.Silent && !f.IsSuppressed) ? ", " + result.Findings.Count(f => f.Severity == Severity.Silent && !f.IsSuppressed).ToString(CultureInfo.InvariantCulture) + " silent" : string.Empty)));
    }

    internal static string Cite(Citation citation)
    {
        var text = citation.Source.ShortCitation + ", \u00A7 " + citation.Section + ": \u201C" + citation.Quote + "\u201D";
        if (citation.Cites.Count > 0)
        {
            text += " (citing " + string.Join("; ", citation.Cites.Select(w => w.Authors + ", " + w.Year)) + ")";
        }

        return text;
    }

    internal static string SeverityWord(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Suggestion => "suggestion",
        _ => "silent",
    };

    private static string Where(CaseReport report, FactLocation location) =>
        location.Source?.ToString() ?? report.CasePath + (location.Path.Length == 0 ? string.Empty : " " + location.Path);
}
