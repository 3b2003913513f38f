using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using PartnershipRules.Assessment;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Facts;
using PartnershipRules.Facts.Schema;
using PartnershipRules.Model;

namespace PartnershipRules.Reporting;

/// <summary>
/// Writes results as one JSON document (format version 1): per case, the findings with id, severity, message,
/// location, evidence, advice, criteria and citations, and the undecided rules with the facts they need.
/// </summary>
public sealed class JsonReportWriter : ReportWriter
{
    /// <summary>The version of the JSON format; it changes when a field is removed or changes meaning.</summary>
    public const string FormatVersion = "1";

    private JsonReportWriter()
    {
    }

    /// <summary>The writer.</summary>
    public static JsonReportWriter Instance { get; } = new();

    /// <inheritdoc />
    public override ReportFormat Format => ReportFormat.Json;

    /// <inheritdoc />
    protected override void WriteReport(TextWriter output, Report report) => WriteReportStreamed(output, report, report.Cases);

    /// <inheritdoc />
    protected override void WriteReportStreamed(TextWriter output, Report report, IEnumerable<CaseReport> cases)
    {
        var stamp = report.Stamp;
        var diagnostics = report.Diagnostics;

        using var chunks = new ChunkedJsonOutput(output, indented: true);
        var json = chunks.Json;
        json.WriteStartObject();
        json.WriteString("formatVersion", FormatVersion);
        json.WriteString("tool", "PartnershipRules");
        if (stamp is not null)
        {
            json.WriteStartObject("stamp");
            json.WriteString("toolVersion", stamp.ToolVersion);
            json.WriteString("ruleSetHash", stamp.RuleSetHash);
            if (stamp.EvaluationDate is { } date)
            {
                json.WriteString("evaluationDate", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }

            json.WriteEndObject();
        }

        json.WriteStartArray("cases");
        foreach (var entry in cases)
        {
            WriteCase(chunks, entry, report.Assess(entry));
            chunks.Drain();
        }

        json.WriteEndArray();

        // Diagnostics not tied to a case (e.g. warnings from building the analyzer): only when there are some.
        if (diagnostics.Count > 0)
        {
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in diagnostics)
            {
                WriteDiagnostic(json, diagnostic);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        chunks.Drain();
        output.WriteLine();
    }

    private static void WriteCase(ChunkedJsonOutput chunks, CaseReport report, PartnershipAssessment assessment)
    {
        var json = chunks.Json;
        var result = report.Result;
        json.WriteStartObject();
        json.WriteString("case", report.CasePath);
        json.WriteString("partnership", report.PartnershipName);
        if (report.PartnershipId is { } partnershipId)
        {
            json.WriteString("partnershipId", partnershipId);
        }

        if (result.AssessmentDate.State == FactState.Known)
        {
            json.WriteString("assessedOn", Date(result.AssessmentDate.Value));
        }

        var review = report.Review;
        if (review is not null)
        {
            WriteReview(json, review);
        }

        json.WriteBoolean("complete", result.IsComplete);
        json.WriteStartObject("summary");
        foreach (var outcome in new[] { Outcome.Fired, Outcome.NotFired, Outcome.InsufficientInformation, Outcome.NotApplicable })
        {
            json.WriteNumber(Name(outcome), result.Results.Count(r => r.Outcome == outcome));
        }

        json.WriteEndObject();
        JsonAssessment.Write(json, "assessment", assessment);
        json.WriteStartArray("findings");
        var identities = review?.Identities ?? Reviews.FindingIdentity.For(result);
        foreach (var finding in FindingOrder.Findings(result))
        {
            WriteFinding(json, finding, identities[finding], review);
            chunks.DrainWhenFull();
        }

        json.WriteEndArray();
        json.WriteStartArray("insufficientInformation");
        foreach (var undecided in result.InsufficientInformation.OrderBy(r => r.RuleId, StringComparer.Ordinal))
        {
            chunks.DrainWhenFull();
            json.WriteStartObject();
            json.WriteString("ruleId", undecided.RuleId);
            json.WriteString("title", undecided.Descriptor.Title);
            json.WriteStartArray("missingFacts");
            foreach (var missing in undecided.MissingFacts)
            {
                json.WriteStartObject();
                WriteLocation(json, missing.Location);
                json.WriteString("state", missing.State == FactState.Unknown ? "unknown" : "not_recorded");
                json.WriteString("question", missing.Question);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("notApplicable");
        foreach (var rule in result.Results.Where(r => r.Outcome == Outcome.NotApplicable))
        {
            json.WriteStringValue(rule.RuleId);
        }

        json.WriteEndArray();
        json.WriteStartArray("unmatchedSuppressions");
        foreach (var suppression in result.UnmatchedSuppressions)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", suppression.RuleId);
            WriteSuppression(json, suppression);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics)
        {
            WriteDiagnostic(json, diagnostic);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteReview(Utf8JsonWriter json, Reviews.Review review)
    {
        json.WriteStartObject("review");
        json.WriteString("baseline", review.Previous.CaseName);
        if (review.Previous.AssessedOn is { } then)
        {
            json.WriteString("assessedOnThen", Date(then));
        }

        if (review.VerdictThen is { } verdictThen)
        {
            json.WriteString("verdictThen", Spelling.Of(verdictThen));
        }

        json.WriteString("verdictNow", Spelling.Of(review.VerdictNow));
        json.WriteNumber("new", review.New.Count);
        json.WriteNumber("changed", review.Changed.Count);
        json.WriteNumber("unchanged", review.Unchanged.Count);
        json.WriteStartArray("resolved");
        foreach (var resolved in review.Resolved)
        {
            json.WriteStartObject();
            json.WriteString("fingerprint", resolved.Fingerprint);
            json.WriteString("ruleId", resolved.RuleId);
            json.WriteString("severity", TextReportWriter.SeverityWord(resolved.Severity));
            json.WriteString("message", resolved.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("questionsAnswered");
        foreach (var question in review.QuestionsAnswered)
        {
            json.WriteStringValue(question);
        }

        json.WriteEndArray();
        json.WriteStartArray("questionsStillOpen");
        foreach (var question in review.QuestionsStillOpen)
        {
            json.WriteStringValue(question);
        }

        json.WriteEndArray();
        json.WriteStartArray("profile");
        foreach (var area in review.Profile)
        {
            json.WriteStartObject();
            json.WriteString("area", Spelling.Of(area.Category));
            if (area.Then is { } bandThen)
            {
                json.WriteString("then", Spelling.Of(bandThen));
            }

            json.WriteString("now", Spelling.Of(area.Now));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>SARIF's word for how a finding stands against the baseline.</summary>
    internal static string BaselineState(Reviews.FindingChange change) => change switch
    {
        Reviews.FindingChange.New => "new",
        Reviews.FindingChange.Changed => "updated",
        Reviews.FindingChange.Unchanged => "unchanged",
        _ => "absent",
    };

    private static string Date(System.DateTime date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static void WriteFinding(Utf8JsonWriter json, Finding finding, Reviews.FindingIdentity identity, Reviews.Review? review)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteString("fingerprint", identity.Fingerprint);
        json.WriteString("evidenceDigest", identity.EvidenceDigest);
        json.WriteStartArray("records");
        foreach (var record in identity.Records)
        {
            json.WriteStringValue(record);
        }

        json.WriteEndArray();
        if (review is not null)
        {
            json.WriteString("baselineState", BaselineState(review.ChangeOf(finding)));
        }

        json.WriteString("title", finding.Descriptor.Title);
        json.WriteString("severity", TextReportWriter.SeverityWord(finding.Severity));
        json.WriteString("category", ScalarType.Format(finding.Descriptor.Category));
        json.WriteString("kind", ScalarType.Format(finding.Descriptor.Kind));
        json.WriteString("message", finding.Message);
        json.WriteStartObject("location");
        WriteLocation(json, finding.Location);
        json.WriteEndObject();
        if (finding.Suppression is { } suppression)
        {
            json.WriteStartObject("suppression");
            WriteSuppression(json, suppression);
            json.WriteEndObject();
        }

        if (finding.PartlySetAside.Count > 0)
        {
            json.WriteStartArray("partlySetAside");
            foreach (var part in finding.PartlySetAside)
            {
                json.WriteStartObject();
                WriteSuppression(json, part);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteStartArray("evidence");
        foreach (var item in finding.Evidence)
        {
            json.WriteStartObject();
            WriteLocation(json, item.Location);
            json.WriteString("value", item.Value);
            if (item.Note is not null)
            {
                json.WriteString("note", item.Note);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("advice", finding.Advice);
        json.WriteStartArray("criteria");
        foreach (var criterion in finding.Criteria)
        {
            json.WriteStringValue(criterion);
        }

        json.WriteEndArray();
        json.WriteStartArray("citations");
        foreach (var citation in finding.Citations)
        {
            WriteCitation(json, citation);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSuppression(Utf8JsonWriter json, Suppression suppression)
    {
        json.WriteString("justification", suppression.Justification);
        if (suppression.Path is not null)
        {
            json.WriteString("path", suppression.Path);
        }

        if (suppression.Location is { } declared)
        {
            WriteSource(json, declared);
        }
    }

    private static void WriteSource(Utf8JsonWriter json, SourceLocation source)
    {
        json.WriteString("file", source.FilePath);
        json.WriteNumber("line", source.Line);
        json.WriteNumber("column", source.Column);
    }

    private static void WriteCitation(Utf8JsonWriter json, Citation citation)
    {
        json.WriteStartObject();
        json.WriteString("source", citation.Source.Key);
        json.WriteString("reference", citation.Source.FullReference);
        json.WriteString("section", citation.Section);
        json.WriteString("quote", citation.Quote);
        json.WriteStartArray("cites");
        foreach (var work in citation.Cites)
        {
            json.WriteStartObject();
            json.WriteString("key", work.Key);
            json.WriteString("reference", work.FullReference);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (citation.Note is not null)
        {
            json.WriteString("note", citation.Note);
        }

        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, FactLocation location)
    {
        json.WriteString("path", location.Path);
        if (location.Source is { } source)
        {
            WriteSource(json, source);
        }
    }

    internal static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("id", diagnostic.Id);
        json.WriteString("severity", Diagnostic.SeverityWord(diagnostic.Severity));
        json.WriteString("message", diagnostic.Message);
        if (diagnostic.Location is { } location)
        {
            WriteSource(json, location);
        }

        if (diagnostic.AdditionalLocations.Count > 0)
        {
            json.WriteStartArray("additionalLocations");
            foreach (var additional in diagnostic.AdditionalLocations)
            {
                json.WriteStartObject();
                WriteSource(json, additional);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (diagnostic.Descriptor.AdditionalLocationsLabel is { } label)
            {
                json.WriteString("relatedTo", label);
            }
        }

        json.WriteEndObject();
    }

    private static string Name(Outcome outcome) => outcome switch
    {
        Outcome.Fired => "fired",
        Outcome.NotFired => "notFired",
        Outcome.InsufficientInformation => "insufficientInformation",
        _ => "notApplicable",
    };
}
