using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using PartnershipRules.Assessment;
using PartnershipRules.Diagnostics;
using PartnershipRules.Facts;
using PartnershipRules.Facts.Schema;
using PartnershipRules.Model;

namespace PartnershipRules.Reporting;

/// <summary>
/// Writes results as SARIF 2.1.0, the format code-scanning tools read: one run whose <c>tool.driver</c> describes
/// every rule (descriptions, default level, category, kind, criteria, citations), and one result per finding with its
/// level, message, location in the case file (or the fact path as a logical location), evidence, citations and
/// suppressions. Rules that lack information are results of kind <c>open</c> with level <c>none</c>, SARIF's own
/// word for "the tool could not decide".
/// </summary>
public sealed class SarifReportWriter : ReportWriter
{
    private SarifReportWriter()
    {
    }

    /// <summary>The writer.</summary>
    public static SarifReportWriter Instance { get; } = new();

    /// <inheritdoc />
    public override ReportFormat Format => ReportFormat.Sarif;

    /// <inheritdoc />
    /// <remarks>
    /// A relative help link (<c>docs/PR3002.md</c>) becomes an absolute <c>helpUri</c> only when the report knows where
    /// the rules folder is published (<see cref="Report.HelpUriBase"/>); it is always in <c>properties.helpLink</c>,
    /// since SARIF requires <c>helpUri</c> to be absolute.
    /// </remarks>
    protected override void WriteReport(TextWriter output, Report report) => WriteReportStreamed(output, report, report.Cases);

    /// <inheritdoc />
    protected override void WriteReportStreamed(TextWriter output, Report report, IEnumerable<CaseReport> cases)
    {
        var rules = report.Rules;
        var diagnostics = report.Diagnostics;
        var index = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

        // Diagnostics (problems in rule, case or configuration files) are results too, each kind a rule of the
        // driver after the partnership rules, with the other places they involve as related locations.
        var kinds = diagnostics.Select(d => d.Descriptor).Distinct().ToList();
        foreach (var kind in kinds)
        {
            index[kind.Id] = index.Count;
        }

        using var chunks = new ChunkedJsonOutput(output, indented: true);
        var json = chunks.Json;
        json.WriteStartObject();
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json, rules, report.HelpUriBase, kinds);
        json.WriteStartArray("results");
        foreach (var diagnostic in diagnostics)
        {
            WriteDiagnostic(json, diagnostic, index);
        }

        // The assessments go in the run's property bag after the results; each is kept as its JSON, not as the
        // case's result, so a report of many cases holds one result at a time.
        var assessments = new List<byte[]>();
        foreach (var entry in cases)
        {
            var assessment = report.Assess(entry);

            // The findings of one issue are linked: each names its issue, and the others' places are related locations.
            var issues = assessment.Issues.SelectMany(i => i.Findings.Select(f => (Finding: f, Issue: i))).ToDictionary(p => p.Finding, p => p.Issue);
            var identities = entry.Review?.Identities ?? Reviews.FindingIdentity.For(entry.Result);
            foreach (var finding in FindingOrder.Findings(entry.Result))
            {
                WriteFinding(json, entry, finding, index, issues.TryGetValue(finding, out var issue) ? issue : null, identities[finding]);
                chunks.DrainWhenFull();
            }

            // A review's resolved findings are results too, "absent" from this run, so a code-scanning view closes them.
            foreach (var resolved in entry.Review?.Resolved ?? Array.Empty<Reviews.PreviousFinding>())
            {
                WriteResolved(json, resolved, index);
            }

            foreach (var undecided in entry.Result.InsufficientInformation.OrderBy(r => r.RuleId, StringComparer.Ordinal))
            {
                WriteUndecided(json, entry, undecided, index);
                chunks.DrainWhenFull();
            }

            assessments.Add(AssessmentJson(entry, assessment));
            chunks.Drain();
        }

        json.WriteEndArray();

        // The assessment of each case (the library's reading, see the README), in the run's property bag.
        json.WriteStartObject("properties");
        json.WriteStartArray("assessments");
        foreach (var assessment in assessments)
        {
            // Parsed back rather than written raw, so the document is indented alike throughout.
            using var parsed = JsonDocument.Parse(assessment);
            parsed.RootElement.WriteTo(json);
            chunks.DrainWhenFull();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        chunks.Drain();
        output.WriteLine();
    }

    private static byte[] AssessmentJson(CaseReport entry, PartnershipAssessment assessment)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonEncoding.Encoder }))
        {
            json.WriteStartObject();
            json.WriteString("case", entry.CasePath);
            JsonAssessment.Write(json, "assessment", assessment);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<RuleDescriptor> rules, Uri? helpUriBase, IReadOnlyList<DiagnosticDescriptor> diagnosticKinds)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "PartnershipRules");
        var version = typeof(SarifReportWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (version is not null)
        {
            json.WriteString("semanticVersion", version.Split('+')[0]);
        }

        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", Name(rule.Title));
            Text(json, "shortDescription", rule.Title);
            Text(json, "fullDescription", rule.Description.Trim());
            Text(json, "help", rule.Advice.Trim());
            if (HelpUri(rule.HelpLink, helpUriBase) is { } helpUri)
            {
                json.WriteString("helpUri", helpUri.AbsoluteUri);
            }

            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteBoolean("enabled", rule.IsEnabledByDefault);
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", ScalarType.Format(rule.Category));
            json.WriteString("kind", ScalarType.Format(rule.Kind));
            Strings(json, "criteria", rule.Criteria);
            Strings(json, "tags", rule.Tags);
            if (rule.HelpLink is not null)
            {
                json.WriteString("helpLink", rule.HelpLink);
            }

            WriteCitations(json, rule.Citations);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        foreach (var kind in diagnosticKinds)
        {
            json.WriteStartObject();
            json.WriteString("id", kind.Id);
            json.WriteString("name", Name(kind.Title));
            Text(json, "shortDescription", kind.Title);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", DiagnosticLevel(kind.Severity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic, Dictionary<string, int> index)
    {
        json.WriteStartObject();
        WriteRule(json, diagnostic.Id, index);
        json.WriteString("level", DiagnosticLevel(diagnostic.Severity));
        Text(json, "message", diagnostic.Message);
        if (diagnostic.Location is { } location)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            WritePhysical(json, location.FilePath, location.Line, location.Column);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (diagnostic.AdditionalLocations.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            var id = 1;
            foreach (var related in diagnostic.AdditionalLocations)
            {
                json.WriteStartObject();
                json.WriteNumber("id", id++);
                WritePhysical(json, related.FilePath, related.Line, related.Column);
                Text(json, "message", diagnostic.Descriptor.AdditionalLocationsLabel ?? "related");
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static string DiagnosticLevel(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static Uri? HelpUri(string? link, Uri? helpUriBase)
    {
        if (link is null)
        {
            return null;
        }

        if (System.Uri.TryCreate(link, UriKind.Absolute, out var absolute))
        {
            return absolute;
        }

        return helpUriBase is { IsAbsoluteUri: true } ? new Uri(helpUriBase, link) : null;
    }

    private static void WriteResolved(Utf8JsonWriter json, Reviews.PreviousFinding resolved, Dictionary<string, int> index)
    {
        json.WriteStartObject();
        WriteRule(json, resolved.RuleId, index);
        json.WriteString("kind", "fail");
        json.WriteString("level", Level(resolved.Severity));
        Text(json, "message", resolved.Message);
        WritePartialFingerprint(json, resolved.Fingerprint);
        json.WriteString("baselineState", "absent");
        json.WriteStartObject("properties");
        json.WriteString("severity", TextReportWriter.SeverityWord(resolved.Severity));
        if (resolved.EvidenceDigest is { } digest)
        {
            json.WriteString("evidenceDigest", digest);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The key of the finding's fingerprint in SARIF's <c>partialFingerprints</c>, versioned as SARIF asks.</summary>
    internal const string FingerprintKey = "partnershipFinding/v1";

    private static void WritePartialFingerprint(Utf8JsonWriter json, string fingerprint)
    {
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, fingerprint);
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, CaseReport report, Finding finding, Dictionary<string, int> index, Issue? issue, Reviews.FindingIdentity identity)
    {
        json.WriteStartObject();
        WriteRule(json, finding.RuleId, index);
        json.WriteString("kind", "fail");
        json.WriteString("level", Level(finding.Severity));
        Text(json, "message", finding.Message);
        WritePartialFingerprint(json, identity.Fingerprint);
        if (report.Review is { } review)
        {
            json.WriteString("baselineState", JsonReportWriter.BaselineState(review.ChangeOf(finding)));
        }

        WriteLocations(json, report, finding.Location);
        var related = issue?.Findings.Where(f => !ReferenceEquals(f, finding) && f.Location.Source is not null).ToList() ?? new List<Finding>();
        if (related.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            var id = 1;
            foreach (var other in related)
            {
                json.WriteStartObject();
                json.WriteNumber("id", id++);
                WritePhysical(json, other.Location.Source!.FilePath, other.Location.Source.Line, other.Location.Source.Column);
                Text(json, "message", "Same issue: " + other.RuleId + " " + other.Descriptor.Title);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }
        if (finding.Suppression is { } suppression)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            var declaredInCase = suppression.Location is { } declared && declared.FilePath == report.CasePath;
            json.WriteString("kind", declaredInCase ? "inSource" : "external");
            json.WriteString("justification", suppression.Justification);
            if (suppression.Location is { } where)
            {
                json.WriteStartObject("location");
                WritePhysical(json, where.FilePath, where.Line, where.Column);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("properties");
        json.WriteString("partnership", report.PartnershipName ?? string.Empty);
        json.WriteString("severity", TextReportWriter.SeverityWord(finding.Severity));
        json.WriteString("evidenceDigest", identity.EvidenceDigest);
        Strings(json, "records", identity.Records);
        if (issue is not null)
        {
            json.WriteString("issue", issue.Id);
            Strings(json, "issueRules", issue.RuleIds);
        }

        json.WriteString("advice", finding.Advice);

        // The finding's own criteria: a rule that checks several criteria at once names only those its evidence shows.
        Strings(json, "criteria", finding.Criteria);
        json.WriteStartArray("evidence");
        foreach (var item in finding.Evidence)
        {
            json.WriteStartObject();
            json.WriteString("path", item.Location.Path);
            json.WriteString("value", item.Value);
            if (item.Note is not null)
            {
                json.WriteString("note", item.Note);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteCitations(json, finding.Citations);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteUndecided(Utf8JsonWriter json, CaseReport report, RuleResult undecided, Dictionary<string, int> index)
    {
        json.WriteStartObject();
        WriteRule(json, undecided.RuleId, index);
        json.WriteString("kind", "open");
        json.WriteString("level", "none");
        var needs = string.Join("; ", undecided.MissingFacts.Select(m => m.Location.Path + ": " + m.Question));
        Text(json, "message", "Insufficient information to assess '" + undecided.Descriptor.Title + "'. Find out: " + needs);
        WriteLocations(json, report, undecided.MissingFacts.Count > 0 ? undecided.MissingFacts[0].Location : new FactLocation(string.Empty, null));
        json.WriteStartObject("properties");
        json.WriteStartArray("missingFacts");
        foreach (var missing in undecided.MissingFacts)
        {
            json.WriteStartObject();
            json.WriteString("path", missing.Location.Path);
            json.WriteString("state", missing.State == FactState.Unknown ? "unknown" : "notRecorded");
            json.WriteString("question", missing.Question);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, string ruleId, Dictionary<string, int> index)
    {
        json.WriteString("ruleId", ruleId);
        if (index.TryGetValue(ruleId, out var i))
        {
            json.WriteNumber("ruleIndex", i);
        }
    }

    private static void WriteLocations(Utf8JsonWriter json, CaseReport report, FactLocation location)
    {
        json.WriteStartArray("locations");
        json.WriteStartObject();
        if (location.Source is { } source)
        {
            WritePhysical(json, source.FilePath, source.Line, source.Column);
        }
        else
        {
            // No line known: the case file as a whole, and the fact path as a logical location.
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", UriReference(report.CasePath));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteStartArray("logicalLocations");
        json.WriteStartObject();
        json.WriteString("fullyQualifiedName", location.Path.Length == 0 ? "partnership" : "partnership." + location.Path);
        json.WriteString("kind", "member");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WritePhysical(Utf8JsonWriter json, string file, int line, int column)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", UriReference(file));
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", line);
        json.WriteNumber("startColumn", column);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteCitations(Utf8JsonWriter json, IReadOnlyList<Citation> citations)
    {
        json.WriteStartArray("citations");
        foreach (var citation in citations)
        {
            json.WriteStartObject();
            json.WriteString("source", citation.Source.FullReference);
            json.WriteString("section", citation.Section);
            json.WriteString("quote", citation.Quote);
            Strings(json, "cites", citation.Cites.Select(w => w.FullReference).ToList());
            if (citation.Note is not null)
            {
                json.WriteString("note", citation.Note.Trim());
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Text(Utf8JsonWriter json, string property, string text)
    {
        json.WriteStartObject(property);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string property, IReadOnlyList<string> values)
    {
        json.WriteStartArray(property);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Suggestion => "note",
        _ => "none",
    };

    /// <summary>A rule's name in SARIF is an identifier-like word (PascalCase of its title).</summary>
    private static string Name(string title) =>
        string.Concat(title.Split(new[] { ' ', '\'', '-', ',', '(', ')', '/', ':' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1)));

    /// <summary>A relative path as a URI reference: forward slashes, spaces and other reserved characters escaped.</summary>
    private static string UriReference(string path) => string.Join("/", path.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString));
}
