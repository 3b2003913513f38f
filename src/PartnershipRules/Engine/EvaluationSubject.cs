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
/// collected. One per session, reused by its evaluations, never shared between threads.
/// </summary>
internal sealed class EvaluationSubject
{
    public EvaluationSubject(Partnership partnership, CaseSourceMap? sourceMap)
    {
        Partnership = partnership;
        SourceMap = sourceMap;
    }

    public Partnership Partnership { get; private set; }

    public CaseSourceMap? SourceMap { get; private set; }

    public OutcomeTable Outcomes { get; } = new();

    // The layer facts of this subject's session: inserted by the first evaluation, updated by every later one.
    private readonly List<OutcomeLayer> _layers = new();

    /// <summary>
    /// Starts an evaluation of another partnership in the same session: nothing of the last one is kept. The time
    /// budget (a <see cref="Stopwatch"/> timestamp, 0 for none) starts here, before NRules evaluates the conditions.
    /// </summary>
    public void Begin(Partnership partnership, CaseSourceMap? sourceMap, long deadline = 0)
    {
        Partnership = partnership;
        SourceMap = sourceMap;
        Outcomes.Clear();
        Diagnostics.Clear();
        _budget = null;
        _deadline = deadline;
    }

    /// <summary>
    /// Whether the time budget is spent. Read by every rule's condition before its own work: past the budget a
    /// condition is not evaluated (a slow host rule is not called) and the rule is left on the agenda, which the
    /// first action then stops, so the result is marked incomplete rather than the budget overrun.
    /// </summary>
    public bool BudgetSpent => _deadline != 0 && Stopwatch.GetTimestamp() >= _deadline;

    public List<Diagnostic> Diagnostics { get; } = new();

    /// <summary>The action of the control rule that closes a layer: every rule of it has been decided.</summary>
    public void CloseLayer(NRules.RuleModel.IContext context, int depth)
    {
        foreach (var existing in _layers)
        {
            if (existing.Depth == depth)
            {
                // The composite rules of the next layer see it anew: NRules re-evaluates their conditions now.
                context.Update(existing);
                return;
            }
        }

        var layer = new OutcomeLayer(depth, this);
        _layers.Add(layer);
        context.Insert(layer);
    }

    private CancellationTokenSource? _budget;
    private long _deadline;

    /// <summary>Starts the host's time budget: past it, <see cref="CheckTimeBudget"/> stops the evaluation.</summary>
    public void StartTimeBudget(CancellationTokenSource budget) => _budget = budget;

    /// <summary>The timestamp a budget of <paramref name="timeout"/> from now ends at.</summary>
    public static long DeadlineAfter(TimeSpan timeout) =>
        Stopwatch.GetTimestamp() + (long)Math.Min(timeout.TotalSeconds * Stopwatch.Frequency, long.MaxValue / 2.0);

    /// <summary>Called before each rule's action: cancels the evaluation once its time budget is spent, and says so.</summary>
    public bool CheckTimeBudget()
    {
        if (_budget is not null && BudgetSpent)
        {
            _budget.Cancel();
            return true;
        }

        return false;
    }
}
