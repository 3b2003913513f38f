using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.Facts;

namespace PartnershipRules.Model;

/// <summary>Everything one evaluation of one partnership produced. Immutable.</summary>
public sealed class AnalysisResult
{
    internal AnalysisResult(
        IReadOnlyList<RuleResult> results,
        IReadOnlyList<Diagnostic> diagnostics,
        bool isComplete,
        string ruleSetHash,
        int? maxFindings,
        Fact<System.DateTime> assessmentDate,
        bool assessmentDateFromClock,
        IReadOnlyList<Suppression>? unmatchedSuppressions = null,
        Partnership? partnership = null)
    {
        Partnership = partnership ?? new Partnership();
        AssessmentDate = assessmentDate;
        AssessmentDateFromClock = assessmentDateFromClock;
        UnmatchedSuppressions = unmatchedSuppressions ?? System.Array.Empty<Suppression>();
        Results = results;
        Diagnostics = diagnostics;
        IsComplete = isComplete;
        RuleSetHash = ruleSetHash;
        var findings = new List<Finding>(results.Count);
        var undecided = new List<RuleResult>();
        foreach (var result in results)
        {
            if (result.Finding is { } finding)
            {
                findings.Add(finding);
            }
            else if (result.Outcome == Outcome.InsufficientInformation)
            {
                undecided.Add(result);
            }
        }

        if (maxFindings is { } cap && findings.Count > cap)
        {
            // The most severe are kept; catalogue order is kept among them.
            var kept = new HashSet<Finding>(FindingOrder.Findings(findings).Take(cap));
            FindingsOmitted = findings.Count - cap;
            findings = findings.Where(kept.Contains).ToList();
        }

        Findings = findings;
        InsufficientInformation = undecided;
    }

    /// <summary>
    /// The <see cref="Engine.PartnershipAnalyzer.RuleSetHash"/> of the rule set that produced this result, so a host that
    /// reloads rules can tell which rule set answered.
    /// </summary>
    public string RuleSetHash { get; }

    /// <summary>The assessment date the rules measured from: the case's <c>assessedOn</c>, or the host's today.</summary>
    public Fact<System.DateTime> AssessmentDate { get; }

    /// <summary>
    /// Whether <see cref="AssessmentDate"/> came from the host's clock (<see cref="Engine.AnalyzerOptions.Today"/>)
    /// because the case did not record one.
    /// </summary>
    public bool AssessmentDateFromClock { get; }

    /// <summary>
    /// How many findings the host's cap (<see cref="Engine.AnalyzerOptions.MaxFindings"/>) left out of
    /// <see cref="Findings"/>; their rules' results are still in <see cref="Results"/>.
    /// </summary>
    public int FindingsOmitted { get; }

    /// <summary>One result per enabled rule, in catalogue order.</summary>
    public IReadOnlyList<RuleResult> Results { get; }

    /// <summary>The findings (fired rules), in catalogue order; at most the host's cap, the most severe first kept.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The rules that could not be decided, with the facts that would decide them.</summary>
    public IReadOnlyList<RuleResult> InsufficientInformation { get; }

    /// <summary>Problems during evaluation (a rule that failed, a budget that ran out). The other rules still ran.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// Suppressions (from the case or the configuration) that matched no finding of this partnership. Like an
    /// unnecessary <c>#pragma</c>, they are worth removing; a case's own are reported as PRS001 by the tool.
    /// </summary>
    public IReadOnlyList<Suppression> UnmatchedSuppressions { get; }

    /// <summary>
    /// The partnership as it was evaluated (dated by the host's clock, when it was): what the fact paths of findings and
    /// missing facts point into, so that a reader can name the partner or forum a path is about.
    /// </summary>
    public Partnership Partnership { get; }

    /// <summary><see langword="false"/> when evaluation stopped early: the results must not be read as complete.</summary>
    public bool IsComplete { get; }

    /// <summary>
    /// Whether this result should fail a check at the given threshold, as linters decide an exit code: a finding at
    /// or above it that is not suppressed, or an evaluation that could not complete.
    /// </summary>
    /// <param name="threshold">The least severity that fails, e.g. <see cref="Severity.Error"/>.</param>
    /// <returns>Whether the result fails.</returns>
    public bool Fails(Severity threshold) => !IsComplete || Findings.Any(f => f.Severity >= threshold && !f.IsSuppressed);
}
