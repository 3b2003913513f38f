using System;
using System.Collections.Generic;
using PartnershipRules.Assessment;
using PartnershipRules.Diagnostics;
using PartnershipRules.Model;

namespace PartnershipRules.Engine;

/// <summary>
/// How an analyzer reports: a configuration file's settings and the host's overrides, which win over the file.
/// Immutable. Precedence, lowest first: rule default &lt; file category &lt; file rule &lt; host category &lt; host rule.
/// </summary>
public sealed class AnalyzerOptions
{
    /// <summary>No configuration: every rule at its default severity.</summary>
    public static AnalyzerOptions Default { get; } = new();

    /// <summary>Settings read from a configuration file.</summary>
    public AnalyzerConfiguration Configuration { get; init; } = AnalyzerConfiguration.Empty;

    /// <summary>Host overrides per category.</summary>
    public IReadOnlyDictionary<RuleCategory, Severity> CategorySeverities { get; init; } = new Dictionary<RuleCategory, Severity>();

    /// <summary>Host overrides per rule id; an id that names no rule makes the analyzer refuse the options.</summary>
    public IReadOnlyDictionary<string, Severity> RuleSeverities { get; init; } = new Dictionary<string, Severity>(StringComparer.Ordinal);

    /// <summary>
    /// How conditions are turned into code: interpreted at first and compiled with FastExpressionCompiler once evaluated
    /// a few times (the default), the framework's <c>Expression.Compile</c> (to rule the faster compiler out when
    /// diagnosing a problem), or interpreted only (no code generated at run time). All give the same findings (tested).
    /// </summary>
    public ExpressionCompiler ExpressionCompiler { get; init; } = ExpressionCompiler.Fast;

    /// <summary>
    /// The most findings a result lists (null: no cap). The most severe are kept; the count left out is
    /// <see cref="AnalysisResult.FindingsOmitted"/>, and every rule's outcome stays in the results.
    /// </summary>
    public int? MaxFindings
    {
        get => _maxFindings;
        init => _maxFindings = value is < 0 ? throw new ArgumentOutOfRangeException(nameof(value), value, "A cap on findings cannot be negative.") : value;
    }

    private readonly int? _maxFindings;

    /// <summary>
    /// The host's clock for "today". When set, a partnership that does not record <c>assessedOn</c> is evaluated as
    /// assessed today (rules that ask "how long ago" then have a date to measure from); the result says so in
    /// <see cref="AnalysisResult.AssessmentDate"/>. A partnership that records the date, or records it as
    /// unknown, is evaluated as recorded. Null (the default): the clock is never read, so results are reproducible.
    /// </summary>
    public Func<DateTime>? Today { get; init; }

    /// <summary>
    /// A time budget for one evaluation (null: none). An evaluation that exceeds it stops and returns a result with
    /// <see cref="AnalysisResult.IsComplete"/> false and diagnostic PRE004, never a partial result that
    /// looks complete. Cancelling the caller's token instead throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public TimeSpan? EvaluationTimeout
    {
        get => _timeout;
        init => _timeout = value is { } v && v <= TimeSpan.Zero ? throw new ArgumentOutOfRangeException(nameof(value), value, "A time budget must be positive.") : value;
    }

    /// <summary>
    /// The thresholds of the assessment (<see cref="PartnershipAnalyzer.Assess(AnalysisResult)"/>), kept with the
    /// analyzer so that every host that assesses its results reads them the same way.
    /// </summary>
    public AssessmentOptions Assessment { get; init; } = AssessmentOptions.Default;

    private readonly TimeSpan? _timeout;
}
