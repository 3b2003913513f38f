using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using PartnershipRules.Engine;
using PartnershipRules.Facts;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;
using PartnershipRules.RuleLanguage.Conditions;

namespace PartnershipRules.Benchmarks;

/// <summary>
/// The floor: the catalogue's compiled conditions evaluated directly, without NRules. For each rule in the order the
/// rule network would fire them (rules that read only facts first, then composite rules layer by layer), it calls the
/// rule's compiled three-valued gate and, when the rule fired, lacked information or did not apply, builds the same
/// result the NRules action builds (<see cref="CompiledRule.Evaluate(EvaluationSubject, OutcomeTable)"/>: message, evidence, missing facts). What is
/// left out is exactly the matching network: the session, the agenda, the activations and the inserted outcome facts.
/// </summary>
public sealed class FloorEvaluator
{
    private readonly Step[] _steps;
    private readonly CompiledRule[] _catalogueOrder;
    private readonly string _ruleSetHash;

    /// <summary>Compiles the floor for the enabled rules of a catalogue, with FastExpressionCompiler as the analyzer uses by default.</summary>
    /// <param name="catalogue">The catalogue.</param>
    public FloorEvaluator(RuleCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        _ruleSetHash = "floor:" + catalogue.ContentHash;
        var enabled = catalogue.Definitions.Where(d => d.Descriptor.IsEnabledByDefault).ToList();
        var depth = RuleNetworkBuilder.Depths(enabled);
        var compiler = DelegateCompiler.Compiled;
        var conditions = new ConditionCompiler(compiler);
        var read = new HashSet<string>(enabled.SelectMany(d => d.DependsOn), StringComparer.Ordinal);
        var steps = new List<Step>(enabled.Count);
        foreach (var definition in enabled)
        {
            var rule = new CompiledRule(definition, depth[definition.Id], compiler);
            steps.Add(new Step(rule, CompileGate(definition, conditions, compiler), definition.DependsOn.ToArray(), read.Contains(definition.Id)));
        }

        _catalogueOrder = steps.Select(s => s.Rule).ToArray();

        // Highest priority first, as NRules' agenda orders activations; a stable sort keeps catalogue order within a layer.
        _steps = steps.OrderBy(s => s.Rule.Depth).ToArray();
    }

    /// <summary>How many rules the floor evaluates.</summary>
    public int RuleCount => _steps.Length;

    /// <summary>Evaluates every rule against a case and returns one result per rule, in catalogue order, as the analyzer does.</summary>
    /// <param name="partnershipCase">The case.</param>
    /// <returns>The results.</returns>
    public AnalysisResult Analyze(PartnershipCase partnershipCase)
    {
        ArgumentNullException.ThrowIfNull(partnershipCase);
        var subject = new EvaluationSubject(partnershipCase.Partnership, partnershipCase.SourceMap);
        foreach (var step in _steps)
        {
            // What a composite rule reads in the rule network: every outcome recorded before its layer.
            var outcomes = step.DependsOn.Length > 0 ? subject.Outcomes : null;
            if (step.Gate(subject.Partnership, outcomes) != Outcome.NotFired)
            {
                subject.Outcomes.Add(step.Rule.Evaluate(subject, outcomes));
            }
        }

        var results = new List<RuleResult>(_catalogueOrder.Length);
        foreach (var rule in _catalogueOrder)
        {
            results.Add(subject.Outcomes.TryGetValue(rule.Descriptor.Id, out var outcome) ? outcome.Result : RuleResult.Quiet(rule.Descriptor, Outcome.NotFired));
        }

        return new AnalysisResult(results, subject.Diagnostics, isComplete: true, _ruleSetHash, maxFindings: null, subject.Partnership.AssessedOn, assessmentDateFromClock: false, partnership: subject.Partnership);
    }

    /// <summary>
    /// Each finding's message and criteria as the analyzer builds them (read without a trace) and as a full trace of
    /// the rule gives them, for the agreement test.
    /// </summary>
    /// <param name="partnershipCase">The case.</param>
    /// <returns>Per finding: the rule, the fast message and criteria, and the traced ones.</returns>
    public IReadOnlyList<(string RuleId, string Fast, string Traced)> MessagesBothWays(PartnershipCase partnershipCase)
    {
        ArgumentNullException.ThrowIfNull(partnershipCase);
        var subject = new EvaluationSubject(partnershipCase.Partnership, partnershipCase.SourceMap);
        var compared = new List<(string, string, string)>();
        foreach (var step in _steps)
        {
            var outcomes = step.DependsOn.Length > 0 ? subject.Outcomes : null;
            if (step.Gate(subject.Partnership, outcomes) == Outcome.NotFired)
            {
                continue;
            }

            var outcome = step.Rule.Evaluate(subject, outcomes);
            subject.Outcomes.Add(outcome);
            if (outcome.Result.Finding is { } finding)
            {
                var (message, criteria) = step.Rule.MessageFromTrace(subject.Partnership, outcomes);
                compared.Add((finding.RuleId, finding.Message + " | " + string.Join(",", finding.Criteria), message + " | " + string.Join(",", criteria)));
            }
        }

        return compared;
    }

    /// <summary>
    /// Only the gates: each rule's three-valued outcome, with no result built (no message, evidence or missing facts).
    /// This is what the RulesEngine peer computes, so the two compare like for like.
    /// </summary>
    /// <param name="partnership">The partnership.</param>
    /// <returns>The number of rules that fired.</returns>
    public int FiredCount(Partnership partnership)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        OutcomeTable? recorded = null;
        var fired = 0;
        foreach (var step in _steps)
        {
            var gate = step.Gate(partnership, step.DependsOn.Length > 0 ? recorded : null);
            if (gate == Outcome.Fired)
            {
                fired++;
            }

            if (gate != Outcome.NotFired && step.IsRead)
            {
                // Composite rules read only the outcome, so an empty result stands in for the finding.
                recorded ??= new OutcomeTable();
                recorded.Add(new RuleOutcome(step.Rule.Descriptor.Id, gate, RuleResult.Quiet(step.Rule.Descriptor, gate)));
            }
        }

        return fired;
    }

    private static Func<Partnership, OutcomeTable?, Outcome> CompileGate(RuleDefinition definition, ConditionCompiler conditions, DelegateCompiler compiler)
    {
        var partnership = Expression.Parameter(typeof(Partnership), "partnership");
        var outcomes = Expression.Parameter(ConditionCompiler.OutcomesType, "outcomes");
        var outcomesValue = definition.DependsOn.Count > 0 ? (Expression)outcomes : Expression.Constant(null, ConditionCompiler.OutcomesType);
        var condition = conditions.Compile(definition.Condition, partnership, outcomesValue);
        var applies = definition.AppliesWhen is null
            ? (Expression)Expression.Constant(Truth.True)
            : conditions.Compile(definition.AppliesWhen, partnership, outcomesValue);
        var gate = Expression.Call(typeof(Kleene).GetMethod(nameof(Kleene.Gate))!, applies, condition);
        return compiler.Compile(Expression.Lambda<Func<Partnership, OutcomeTable?, Outcome>>(gate, partnership, outcomes));
    }

    private sealed record Step(CompiledRule Rule, Func<Partnership, OutcomeTable?, Outcome> Gate, string[] DependsOn, bool IsRead);
}
