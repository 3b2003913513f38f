using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using PartnershipRules.Diagnostics;
using PartnershipRules.Facts;
using PartnershipRules.Model;

namespace PartnershipRules.Engine;

/// <summary>
/// The one fact every rule matches: the partnership under evaluation, and the place this evaluation's outcomes are
/// collected. One per session, never shared between threads.
/// </summary>
internal sealed class EvaluationSubject
{
    public EvaluationSubject(Partnership partnership, CaseSourceMap? sourceMap)
    {
        Partnership = partnership;
        SourceMap = sourceMap;
    }

    public Partnership Partnership { get; }

    public CaseSourceMap? SourceMap { get; }

    public Dictionary<string, RuleOutcome> Outcomes { get; } = new(System.StringComparer.Ordinal);

    public List<Diagnostic> Diagnostics { get; } = new();

    private CancellationTokenSource? _budget;
    private long _deadline;

    /// <summary>Starts the host's time budget: past it, <see cref="CheckTimeBudget"/> stops the evaluation.</summary>
    public void StartTimeBudget(CancellationTokenSource budget, TimeSpan timeout)
    {
        _budget = budget;
        _deadline = Stopwatch.GetTimestamp() + (long)Math.Min(timeout.TotalSeconds * Stopwatch.Frequency, long.MaxValue / 2.0);
    }

    /// <summary>Called before each rule's action: cancels the evaluation once its time budget is spent.</summary>
    public void CheckTimeBudget()
    {
        if (_budget is not null && Stopwatch.GetTimestamp() >= _deadline)
        {
            _budget.Cancel();
        }
    }
}
