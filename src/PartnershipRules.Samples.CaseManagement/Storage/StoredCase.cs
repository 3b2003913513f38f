using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using PartnershipRules.Documents;
using PartnershipRules.Engine;
using PartnershipRules.Hosting;
using PartnershipRules.Reporting;
using PartnershipRules.Reviews;

namespace PartnershipRules.Samples.CaseManagement.Storage;

/// <summary>
/// A stored version read again and evaluated by the rules serving now: reviews and HTML reports are computed from the
/// original text rather than from stored results, so they always agree with what the rules say of it today.
/// </summary>
internal sealed class StoredCase
{
    private StoredCase(CaseVersion version, CaseReport entry)
    {
        Version = version;
        Entry = entry;
    }

    /// <summary>The stored version.</summary>
    public CaseVersion Version { get; }

    /// <summary>Its evaluation as a report entry.</summary>
    public CaseReport Entry { get; }

    /// <summary>Reads and evaluates a stored version.</summary>
    /// <param name="advisor">The advisor, which reads cases.</param>
    /// <param name="analyzer">The store's analyzer.</param>
    /// <param name="version">The version.</param>
    /// <param name="cancellationToken">The request's abort token.</param>
    /// <returns>The evaluation.</returns>
    public static StoredCase Evaluate(IPartnershipAdvisor advisor, PartnershipAnalyzer analyzer, CaseVersion version, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(version.Content, writable: false);
        var load = advisor.ReadCase(version.DocumentName, content);
        if (load.HasErrors || load.Case is null)
        {
            // It was read when it was stored; only a change of the case format since could make it unreadable.
            throw new InvalidOperationException("Stored version " + version.Number + " can no longer be read: " + string.Join("; ", load.Diagnostics.Where(d => d.IsError)));
        }

        var result = analyzer.Analyze(load.Case, cancellationToken);
        return new StoredCase(version, new CaseReport(version.DocumentName, load.Case.Partnership.Name, result) { PartnershipId = load.Case.Partnership.Id });
    }

    /// <summary>This version compared with an earlier one.</summary>
    /// <param name="analyzer">The store's analyzer.</param>
    /// <param name="previous">The earlier version's evaluation.</param>
    /// <returns>The review.</returns>
    public Review ReviewSince(PartnershipAnalyzer analyzer, StoredCase previous)
    {
        var then = PreviousAssessment.Of(previous.Entry.CasePath, previous.Entry.Result, analyzer.Assess(previous.Entry.Result));
        return Review.Compare(then, Entry.Result, analyzer.Assess(Entry.Result));
    }

    /// <summary>What is stored of a newly received version's assessment.</summary>
    /// <param name="analyzer">The store's analyzer.</param>
    /// <param name="entry">The version's evaluation.</param>
    /// <returns>The assessment to store.</returns>
    public static StoredAssessment Store(PartnershipAnalyzer analyzer, CaseReport entry)
    {
        var report = Report.For(analyzer, new[] { entry });
        var assessment = report.Assess(entry);
        var summary = new ArrayBufferWriter<byte>(16 * 1024);
        SummaryWriter.Write(report, entry, summary);
        using var full = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        ReportWriter.For(ReportFormat.Json).Write(full, report);
        var profile = assessment.Profile.ToDictionary(a => Spelling.Of(a.Category), a => Spelling.Of(a.Band), StringComparer.Ordinal);
        return new StoredAssessment
        {
            Verdict = Spelling.Of(assessment.Verdict.Kind),
            ProfileJson = JsonSerializer.Serialize(profile),
            FindingCount = entry.Result.Findings.Count,
            SummaryJson = Encoding.UTF8.GetString(summary.WrittenSpan),
            ReportJson = full.ToString(),
            RuleSetHash = analyzer.RuleSetHash,
        };
    }

    /// <summary>The reviews' JSON shape of a finding: its rule, severity and message.</summary>
    /// <param name="ruleId">The rule.</param>
    /// <param name="severity">Its severity.</param>
    /// <param name="message">What it says.</param>
    /// <returns>The object to serialize.</returns>
    public static object FindingJson(string ruleId, Diagnostics.Severity severity, string message) =>
        new { rule = ruleId, severity = Spelling.Of(severity), message };
}
