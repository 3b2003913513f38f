using System;
using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Facts;
using PartnershipRules.RuleLanguage;
using RulesEngine.Models;

namespace PartnershipRules.Benchmarks.Peer;

/// <summary>
/// The peer: Microsoft RulesEngine 6.0.1 evaluating the catalogue's rules that <see cref="RulesEngineTranslator"/>
/// can express, as one workflow with one rule per catalogue rule. A translated rule that RulesEngine still rejects
/// (parse or run-time error on the sample cases) is dropped and counted with its reason, so every rule kept runs cleanly.
/// </summary>
public sealed class RulesEnginePeer
{
    private const string WorkflowName = "catalogue";

    private readonly RulesEngine.RulesEngine _engine;

    /// <summary>Translates the catalogue's enabled rules and builds the RulesEngine workflow.</summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <param name="samples">Partnerships every kept rule must evaluate without error.</param>
    public RulesEnginePeer(RuleCatalogue catalogue, IEnumerable<Partnership> samples)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(samples);
        var skipped = new Dictionary<string, string>(StringComparer.Ordinal);
        var rules = new List<Rule>();
        var enabled = catalogue.Definitions.Where(d => d.Descriptor.IsEnabledByDefault).ToList();
        foreach (var definition in enabled)
        {
            var (expression, reason) = RulesEngineTranslator.Translate(definition);
            if (expression is null)
            {
                skipped[definition.Id] = reason!;
            }
            else
            {
                rules.Add(new Rule { RuleName = definition.Id, Expression = expression, RuleExpressionType = RuleExpressionType.LambdaExpression });
            }
        }

        var engine = Build(rules);
        foreach (var sample in samples)
        {
            foreach (var result in engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter(RulesEngineTranslator.Parameter, sample)).AsTask().GetAwaiter().GetResult())
            {
                if (!string.IsNullOrEmpty(result.ExceptionMessage) && !skipped.ContainsKey(result.Rule.RuleName))
                {
                    skipped[result.Rule.RuleName] = "rejected by RulesEngine: " + result.ExceptionMessage;
                }
            }
        }

        rules.RemoveAll(r => skipped.ContainsKey(r.RuleName));
        _engine = Build(rules);
        Translated = rules.Select(r => r.RuleName).ToList();
        Expressions = rules.ToDictionary(r => r.RuleName, r => r.Expression, StringComparer.Ordinal);
        Skipped = skipped;
        Total = enabled.Count;
    }

    /// <summary>The ids of the rules RulesEngine evaluates.</summary>
    public IReadOnlyList<string> Translated { get; }

    /// <summary>The expression of each translated rule.</summary>
    public IReadOnlyDictionary<string, string> Expressions { get; }

    /// <summary>The rules left out, with the reason.</summary>
    public IReadOnlyDictionary<string, string> Skipped { get; }

    /// <summary>The number of enabled rules in the catalogue.</summary>
    public int Total { get; }

    /// <summary>Evaluates the translated rules and returns the ids of those that fired.</summary>
    /// <param name="partnership">The partnership.</param>
    /// <returns>The rules that fired.</returns>
    public IReadOnlyList<string> Fired(Partnership partnership)
    {
        var results = Evaluate(partnership);
        var fired = new List<string>();
        foreach (var result in results)
        {
            if (result.IsSuccess)
            {
                fired.Add(result.Rule.RuleName);
            }
        }

        return fired;
    }

    /// <summary>Evaluates the translated rules: RulesEngine's own result objects, as a caller of RulesEngine gets them.</summary>
    /// <param name="partnership">The partnership.</param>
    /// <returns>One result per translated rule.</returns>
    public List<RuleResultTree> Evaluate(Partnership partnership) =>
        _engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter(RulesEngineTranslator.Parameter, partnership)).AsTask().GetAwaiter().GetResult();

    private static RulesEngine.RulesEngine Build(List<Rule> rules)
    {
        var workflow = new Workflow { WorkflowName = WorkflowName, Rules = rules };
        return new RulesEngine.RulesEngine(new[] { workflow }, new ReSettings { EnableExceptionAsErrorMessage = true, IgnoreException = false });
    }
}
