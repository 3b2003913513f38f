using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using PartnershipRules.Assessment;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Model;
using PartnershipRules.Reviews;

namespace PartnershipRules.Reporting;

/// <summary>
/// Reads an earlier report back as the assessments a review compares with (<c>check --baseline</c>): the JSON report
/// (findings with their fingerprints, the assessment of each case) or the SARIF log (results with their partial
/// fingerprints, the run's assessments). Anything else, or a report written before findings had fingerprints, is
/// PRO009, never an empty baseline that would make every finding look new.
/// </summary>
public static class BaselineReport
{
    /// <summary>The largest report read: 256 MiB.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>Reads a report file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="assessments">The earlier assessments, one per case, when it could be read.</param>
    /// <returns>The diagnostics: empty when it was read.</returns>
    public static IReadOnlyList<Diagnostic> Read(string path, out IReadOnlyList<PreviousAssessment> assessments)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        assessments = Array.Empty<PreviousAssessment>();
        var at = new SourceLocation(path, 1, 1);
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists)
            {
                return new[] { Diagnostic.Create(DiagnosticDescriptors.FileUnreadable, at, "no such file") };
            }

            if (file.Length > MaxBytes)
            {
                return new[] { Diagnostic.Create(DiagnosticDescriptors.NotABaseline, at, $"it has {file.Length:N0} bytes, more than the {MaxBytes:N0} a report is read to") };
            }

            using var stream = file.OpenRead();
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 64 });
            return Read(path, document.RootElement, out assessments);
        }
        catch (JsonException ex)
        {
            return new[] { Diagnostic.Create(DiagnosticDescriptors.NotABaseline, new SourceLocation(path, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1), "it is not JSON") };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new[] { Diagnostic.Create(DiagnosticDescriptors.FileUnreadable, at, ex.Message) };
        }
    }

    private static IReadOnlyList<Diagnostic> Read(string path, JsonElement root, out IReadOnlyList<PreviousAssessment> assessments)
    {
        assessments = Array.Empty<PreviousAssessment>();
        var at = new SourceLocation(path, 1, 1);
        try
        {
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("formatVersion", out _) && root.TryGetProperty("cases", out var cases))
            {
                assessments = cases.EnumerateArray().Select(FromJsonCase).ToList();
            }
            else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("runs", out var runs) && runs.GetArrayLength() > 0)
            {
                assessments = FromSarif(runs[0]);
            }
            else
            {
                return new[] { Diagnostic.Create(DiagnosticDescriptors.NotABaseline, at, "it is neither a JSON report nor a SARIF log") };
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException or FormatException)
        {
            // A field missing or of the wrong type: not a report of this tool, or one written before fingerprints.
            return new[] { Diagnostic.Create(DiagnosticDescriptors.NotABaseline, at, "a field it needs is missing or not as this tool writes it (" + ex.Message + ")") };
        }

        return Array.Empty<Diagnostic>();
    }

    private static PreviousAssessment FromJsonCase(JsonElement entry)
    {
        var assessment = entry.GetProperty("assessment");
        var findings = entry.GetProperty("findings").EnumerateArray().Select(f => new PreviousFinding(
            f.GetProperty("fingerprint").GetString()!,
            f.GetProperty("ruleId").GetString()!,
            SeverityOf(f.GetProperty("severity").GetString()),
            f.GetProperty("message").GetString()!,
            f.TryGetProperty("evidenceDigest", out var digest) ? digest.GetString() : null,
            Records(f))).ToList();
        return new PreviousAssessment(
            entry.GetProperty("case").GetString()!,
            Optional(entry, "partnershipId"),
            Optional(entry, "partnership"),
            Optional(entry, "assessedOn") is { } date ? DateTime.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
            Word<VerdictKind>(assessment.GetProperty("verdict").GetProperty("kind").GetString()),
            Bands(assessment),
            findings,
            Questions(assessment));
    }

    private static List<PreviousAssessment> FromSarif(JsonElement run)
    {
        // Each result names its case as the artifact of its first location; resolved ("absent") results are not findings.
        var byCase = new Dictionary<string, List<PreviousFinding>>(StringComparer.Ordinal);
        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            if (!result.TryGetProperty("partialFingerprints", out var fingerprints) || !fingerprints.TryGetProperty(SarifReportWriter.FingerprintKey, out var fingerprint)
                || (result.TryGetProperty("baselineState", out var state) && state.GetString() == "absent"))
            {
                continue;
            }

            var properties = result.GetProperty("properties");
            var caseName = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            if (!byCase.TryGetValue(caseName, out var list))
            {
                byCase[caseName] = list = new List<PreviousFinding>();
            }

            list.Add(new PreviousFinding(
                fingerprint.GetString()!,
                result.GetProperty("ruleId").GetString()!,
                SeverityOf(properties.GetProperty("severity").GetString()),
                result.GetProperty("message").GetProperty("text").GetString()!,
                Optional(properties, "evidenceDigest"),
                Records(properties)));
        }

        var assessments = new List<PreviousAssessment>();
        foreach (var entry in run.GetProperty("properties").GetProperty("assessments").EnumerateArray())
        {
            var caseName = entry.GetProperty("case").GetString()!;
            var assessment = entry.GetProperty("assessment");
            var uri = string.Join("/", caseName.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
            var findings = byCase.TryGetValue(uri, out var list) || byCase.TryGetValue(caseName, out list) ? list : new List<PreviousFinding>();
            assessments.Add(new PreviousAssessment(caseName, null, null, null, Word<VerdictKind>(assessment.GetProperty("verdict").GetProperty("kind").GetString()), Bands(assessment), findings, Questions(assessment)));
        }

        return assessments;
    }

    private static Dictionary<RuleCategory, Band> Bands(JsonElement assessment)
    {
        var bands = new Dictionary<RuleCategory, Band>();
        foreach (var area in assessment.GetProperty("profile").EnumerateArray())
        {
            bands[Word<RuleCategory>(area.GetProperty("area").GetString())] = Word<Band>(area.GetProperty("band").GetString());
        }

        return bands;
    }

    private static Dictionary<string, string> Questions(JsonElement assessment)
    {
        var questions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var question in assessment.GetProperty("questions").EnumerateArray())
        {
            questions[question.GetProperty("key").GetString()!] = question.GetProperty("question").GetString()!;
        }

        return questions;
    }

    private static List<string> Records(JsonElement finding) =>
        finding.TryGetProperty("records", out var records) ? records.EnumerateArray().Select(r => r.GetString()!).ToList() : new List<string>();

    private static string? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Severity SeverityOf(string? word) => word switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "suggestion" => Severity.Suggestion,
        "silent" => Severity.Silent,
        _ => throw new FormatException("'" + word + "' is not a severity"),
    };

    private static TEnum Word<TEnum>(string? word)
        where TEnum : struct, Enum =>
        Spelling.TryParse<TEnum>(word, out var value) ? value : throw new FormatException("'" + word + "' is not one of " + string.Join(", ", Spelling.All<TEnum>()));
}
