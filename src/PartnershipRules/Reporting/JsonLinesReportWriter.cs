using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using PartnershipRules.Assessment;
using PartnershipRules.Diagnostics;
using PartnershipRules.Model;

namespace PartnershipRules.Reporting;

/// <summary>
/// One compact JSON result per case and line, with the field names and meanings of the JSON report cut to what a
/// batch needs: outcome counts, the findings (id, severity, message, fact path, suppression), the undecided rules with
/// the facts they need, and the rules that did not apply. A case that could not be read is an error line naming its
/// input line.
/// </summary>
public sealed class JsonLinesReportWriter : ReportWriter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JsonEncoding.Encoder };

    private JsonLinesReportWriter()
    {
    }

    /// <summary>The writer.</summary>
    public static JsonLinesReportWriter Instance { get; } = new();

    /// <inheritdoc />
    public override ReportFormat Format => ReportFormat.JsonLines;

    /// <inheritdoc />
    protected override void WriteReport(System.IO.TextWriter output, Report report) => WriteReportStreamed(output, report, report.Cases);

    /// <inheritdoc />
    protected override void WriteReportStreamed(System.IO.TextWriter output, Report report, IEnumerable<CaseReport> cases)
    {
        var number = 0;
        foreach (var entry in cases)
        {
            number++;
            output.Write(ResultLine(entry.Line ?? number, entry, report.Assess(entry), report.AssessmentOptions.QuestionCount));
        }
    }

    /// <summary>The line for a case that was evaluated, with its assessment in brief.</summary>
    internal static string ResultLine(int line, CaseReport report, PartnershipAssessment assessment, int questionCount)
    {
        var result = report.Result;
        return Write(json =>
        {
            json.WriteNumber("line", line);
            if (report.PartnershipId is { } id)
            {
                json.WriteString("id", id);
            }

            json.WriteString("partnership", report.PartnershipName);
            json.WriteBoolean("complete", result.IsComplete);
            json.WriteStartObject("summary");
            int fired = 0, notFired = 0, insufficient = 0, notApplicable = 0;
            foreach (var rule in result.Results)
            {
                switch (rule.Outcome)
                {
                    case Outcome.Fired:
                        fired++;
                        break;
                    case Outcome.NotFired:
                        notFired++;
                        break;
                    case Outcome.InsufficientInformation:
                        insufficient++;
                        break;
                    default:
                        notApplicable++;
                        break;
                }
            }

            json.WriteNumber("fired", fired);
            json.WriteNumber("notFired", notFired);
            json.WriteNumber("insufficientInformation", insufficient);
            json.WriteNumber("notApplicable", notApplicable);
            json.WriteEndObject();
            json.WriteStartArray("findings");
            foreach (var finding in FindingOrder.Findings(result))
            {
                json.WriteStartObject();
                json.WriteString("ruleId", finding.RuleId);
                json.WriteString("severity", TextReportWriter.SeverityWord(finding.Severity));
                json.WriteString("message", finding.Message);
                json.WriteStartObject("location");
                json.WriteString("path", finding.Location.Path);
                json.WriteEndObject();
                if (finding.Suppression is { } suppression)
                {
                    json.WriteStartObject("suppression");
                    json.WriteString("justification", suppression.Justification);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("insufficientInformation");
            foreach (var undecided in result.InsufficientInformation.OrderBy(r => r.RuleId, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("ruleId", undecided.RuleId);
                json.WriteStartArray("missingFacts");
                foreach (var missing in undecided.MissingFacts)
                {
                    json.WriteStartObject();
                    json.WriteString("path", missing.Location.Path);
                    json.WriteString("state", missing.State == Facts.FactState.Unknown ? "unknown" : "not_recorded");
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("notApplicable");
            foreach (var rule in result.Results)
            {
                if (rule.Outcome == Outcome.NotApplicable)
                {
                    json.WriteStringValue(rule.RuleId);
                }
            }

            json.WriteEndArray();
            JsonAssessment.WriteBrief(json, "assessment", assessment, questionCount);
            WriteDiagnostics(json, line, result.Diagnostics);
        });
    }

    /// <summary>The line for a case that could not be read or evaluated: its input line and why.</summary>
    internal static string ErrorLine(int line, IEnumerable<Diagnostic> diagnostics) => Write(json =>
    {
        json.WriteNumber("line", line);
        json.WriteBoolean("error", true);
        WriteDiagnostics(json, line, diagnostics);
    });

    private static void WriteDiagnostics(Utf8JsonWriter json, int line, IEnumerable<Diagnostic> diagnostics)
    {
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("id", diagnostic.Id);
            json.WriteString("severity", Diagnostic.SeverityWord(diagnostic.Severity));
            json.WriteString("message", diagnostic.Message);
            if (diagnostic.Location is { } location)
            {
                // The document is the line: its position is the input line and the column within it.
                json.WriteNumber("line", line);
                json.WriteNumber("column", location.Column);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new System.IO.MemoryStream(2048);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n";
    }
}
