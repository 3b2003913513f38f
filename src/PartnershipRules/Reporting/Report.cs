using System;
using System.Collections.Generic;
using PartnershipRules.Assessment;
using PartnershipRules.Diagnostics;
using PartnershipRules.Engine;
using PartnershipRules.Model;

namespace PartnershipRules.Reporting;

/// <summary>
/// What every <see cref="ReportWriter"/> writes from: the evaluated cases, the rules that ran, the reproducibility
/// stamp, and the diagnostics not tied to one case (e.g. warnings from building the analyzer). Immutable.
/// </summary>
public sealed class Report
{
    /// <summary>Creates a report.</summary>
    /// <param name="cases">One entry per case evaluated, in the order to write them.</param>
    /// <param name="rules">The rules that ran (<see cref="PartnershipAnalyzer.Rules"/>), described by SARIF.</param>
    /// <param name="stamp">Library version, rule-set hash and evaluation date (JSON); null to leave it out.</param>
    /// <param name="helpUriBase">Where the rules folder is published, so SARIF can give absolute help links; null for relative links only.</param>
    /// <param name="diagnostics">Diagnostics not tied to a case, for the machine-readable formats; none by default.</param>
    public Report(IReadOnlyList<CaseReport> cases, IReadOnlyList<RuleDescriptor> rules, ReportStamp? stamp = null, Uri? helpUriBase = null, IReadOnlyList<Diagnostic>? diagnostics = null)
    {
        Cases = cases ?? throw new ArgumentNullException(nameof(cases));
        Rules = rules ?? throw new ArgumentNullException(nameof(rules));
        Stamp = stamp;
        HelpUriBase = helpUriBase;
        Diagnostics = diagnostics ?? Array.Empty<Diagnostic>();
    }

    // Each case assessed once however many writers ask (a host that writes several formats of one report), and held
    // only as long as its entry is: a streamed report's cases are let go as they are written.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<CaseReport, PartnershipAssessment> _assessments = new();

    /// <summary>The cases, in the order written.</summary>
    public IReadOnlyList<CaseReport> Cases { get; }

    /// <summary>The rules that ran.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>The reproducibility stamp, if any.</summary>
    public ReportStamp? Stamp { get; }

    /// <summary>Where the rules folder is published, if known.</summary>
    public Uri? HelpUriBase { get; }

    /// <summary>Diagnostics not tied to a case.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>How much the human formats (text, Markdown, HTML) say (default <see cref="ReportVerbosity.Normal"/>); JSON and SARIF always carry everything.</summary>
    public ReportVerbosity Verbosity { get; init; } = ReportVerbosity.Normal;

    /// <summary>The thresholds of the assessment every format leads with (default <see cref="AssessmentOptions.Default"/>).</summary>
    public AssessmentOptions AssessmentOptions { get; init; } = AssessmentOptions.Default;

    /// <summary>The same report at another verbosity.</summary>
    /// <param name="verbosity">How much the human formats say.</param>
    /// <returns>A copy with that verbosity.</returns>
    public Report WithVerbosity(ReportVerbosity verbosity) =>
        new(Cases, Rules, Stamp, HelpUriBase, Diagnostics) { Verbosity = verbosity, AssessmentOptions = AssessmentOptions };

    /// <summary>The same report with other cases.</summary>
    internal Report WithCases(IReadOnlyList<CaseReport> cases) =>
        new(cases, Rules, Stamp, HelpUriBase, Diagnostics) { Verbosity = Verbosity, AssessmentOptions = AssessmentOptions };

    /// <summary>The assessment of one case of this report, computed once per case and report (thread-safe), however many writers ask.</summary>
    /// <param name="entry">The case.</param>
    /// <returns>The assessment.</returns>
    public PartnershipAssessment Assess(CaseReport entry) =>
        _assessments.GetValue(entry ?? throw new System.ArgumentNullException(nameof(entry)), e => PartnershipAssessment.Of(e.Result, AssessmentOptions));

    /// <summary>A report of an analyzer's results, stamped with its rule-set hash and the given evaluation date, assessed with its thresholds.</summary>
    /// <param name="analyzer">The analyzer that produced the results.</param>
    /// <param name="cases">The cases.</param>
    /// <param name="evaluationDate">The date the host evaluates on (the library never reads the clock for it).</param>
    /// <param name="helpUriBase">Where the rules folder is published, if known.</param>
    /// <param name="diagnostics">Diagnostics not tied to a case.</param>
    /// <returns>The report.</returns>
    public static Report For(PartnershipAnalyzer analyzer, IReadOnlyList<CaseReport> cases, DateTime? evaluationDate = null, Uri? helpUriBase = null, IReadOnlyList<Diagnostic>? diagnostics = null)
    {
        if (analyzer is null)
        {
            throw new ArgumentNullException(nameof(analyzer));
        }

        return new Report(cases, analyzer.Rules, ReportStamp.For(analyzer, evaluationDate), helpUriBase, diagnostics) { AssessmentOptions = analyzer.AssessmentOptions };
    }
}
