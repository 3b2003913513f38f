using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Diagnostics;

namespace PartnershipRules.Evaluation;

/// <summary>Everything one evaluation of one partnership produced. Immutable.</summary>
public sealed class AnalysisResult
{
    internal AnalysisResult(IReadOnlyList<RuleResult> results, IReadOnlyList<Diagnostic> diagnostics, bool isComplete, IReadOnlyList<Suppression>? unmatchedSuppressions = null)
    {
        UnmatchedSuppressions = unmatchedSuppressions ?? System.Array.Empty<Suppression>();
        Results = results;
        Diagnostics = diagnostics;
        IsComplete = isComplete;
        Findings = results.Where(r => r.Finding is not null).Select(r => r.Finding!).ToList();
        InsufficientInformation = results.Where(r => r.Outcome == Outcome.InsufficientInformation).ToList();
    }

    /// <summary>One result per enabled rule, in catalogue order.</summary>
    public IReadOnlyList<RuleResult> Results { get; }

    /// <summary>The findings (fired rules), in catalogue order.</summary>
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

    /// <summary><see langword="false"/> when evaluation stopped early: the results must not be read as complete.</summary>
    public bool IsComplete { get; }
}
