using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using NRules;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using PartnershipRules.Facts;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;
using PartnershipRules.RuleLanguage.Conditions;

namespace PartnershipRules.Engine;

/// <summary>
/// Builds one NRules rule per catalogue rule and compiles them all into one <see cref="ISessionFactory"/>.
/// Each rule matches the <see cref="EvaluationSubject"/> when its three-valued gate is anything but "not fired";
/// composite rules also collect the outcomes of the rules they read, which earlier rules insert as facts.
/// </summary>
internal static class RuleNetworkBuilder
{
    private const string Subject = "subject";
    private const string Outcomes = "outcomes";

    public static (ISessionFactory Factory, IReadOnlyList<CompiledRule> Rules) Build(
        IEnumerable<RuleDefinition> definitions,
        DelegateCompiler delegates,
        System.Threading.CancellationToken cancellationToken)
    {
        var enabled = definitions.Where(d => d.Descriptor.IsEnabledByDefault).ToList();
        var depth = Depths(enabled);
        var read = new HashSet<string>(enabled.SelectMany(d => d.DependsOn), StringComparer.Ordinal);
        var compiled = enabled.Select(d => new CompiledRule(d, -depth[d.Id], read.Contains(d.Id), delegates)).ToList();
        var conditions = new ConditionCompiler(delegates);
        var ruleDefinitions = compiled.Select(r => BuildRule(r, conditions)).ToList();
        var compiler = new RuleCompiler { ExpressionCompiler = delegates };
        return (compiler.Compile(ruleDefinitions, cancellationToken), compiled);
    }

    private static IRuleDefinition BuildRule(CompiledRule rule, ConditionCompiler conditions)
    {
        var definition = rule.Definition;
        var builder = new RuleBuilder();
        builder.Name(definition.Id);
        builder.Priority(rule.Priority);
        var lhs = builder.LeftHandSide();

        var subject = Expression.Parameter(typeof(EvaluationSubject), Subject);
        var composite = definition.DependsOn.Count > 0;
        var outcomes = Expression.Parameter(ConditionCompiler.OutcomesType, Outcomes);
        if (composite)
        {
            var collected = lhs.Pattern(ConditionCompiler.OutcomesType, Outcomes);
            var aggregate = collected.Aggregate();
            aggregate.Collect();
            var source = aggregate.Pattern(typeof(RuleOutcome), "outcome");
            var outcome = Expression.Parameter(typeof(RuleOutcome), "outcome");
            var ids = new HashSet<string>(definition.DependsOn, StringComparer.Ordinal);
            source.Condition(Expression.Lambda(
                Expression.Call(Expression.Constant(ids), typeof(HashSet<string>).GetMethod(nameof(HashSet<string>.Contains))!, Expression.Property(outcome, nameof(RuleOutcome.RuleId))),
                outcome));
        }

        var partnership = Expression.Property(subject, nameof(EvaluationSubject.Partnership));
        var outcomesValue = composite ? (Expression)outcomes : Expression.Constant(null, ConditionCompiler.OutcomesType);
        var condition = conditions.Compile(definition.Condition, partnership, outcomesValue);
        var applies = definition.AppliesWhen is null
            ? (Expression)Expression.Constant(Truth.True)
            : conditions.Compile(definition.AppliesWhen, partnership, outcomesValue);
        var gate = Expression.Call(typeof(Kleene).GetMethod(nameof(Kleene.Gate))!, applies, condition);
        var matches = Expression.NotEqual(gate, Expression.Constant(Outcome.NotFired));
        var subjectPattern = lhs.Pattern(typeof(EvaluationSubject), Subject);
        subjectPattern.Condition(composite ? Expression.Lambda(matches, outcomes, subject) : Expression.Lambda(matches, subject));

        var context = Expression.Parameter(typeof(IContext), "ctx");
        var record = Expression.Call(
            Expression.Constant(rule),
            typeof(CompiledRule).GetMethod(nameof(CompiledRule.Record))!,
            context,
            subject,
            outcomesValue);
        builder.RightHandSide().Action(composite ? Expression.Lambda(record, context, outcomes, subject) : Expression.Lambda(record, context, subject));
        return builder.Build();
    }

    /// <summary>How many layers of composite rules each rule sits on (0 for rules that read only facts).</summary>
    internal static Dictionary<string, int> Depths(List<RuleDefinition> rules)
    {
        var byId = rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        int Of(RuleDefinition rule)
        {
            if (depth.TryGetValue(rule.Id, out var known))
            {
                return known;
            }

            // The loader has refused circles, so this terminates.
            var value = rule.DependsOn.Where(byId.ContainsKey).Select(d => Of(byId[d]) + 1).DefaultIfEmpty(0).Max();
            depth[rule.Id] = value;
            return value;
        }

        foreach (var rule in rules)
        {
            Of(rule);
        }

        return depth;
    }
}
