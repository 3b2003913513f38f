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
/// A rule that reads only facts matches the <see cref="EvaluationSubject"/> when its three-valued gate is anything
/// but "not fired". A composite rule matches the <see cref="OutcomeLayer"/> of the layer below it, which a control
/// rule inserts once every rule it may read has been decided: forward chaining, one inserted fact per layer.
/// </summary>
internal static class RuleNetworkBuilder
{
    private const string Subject = "subject";
    private const string Layer = "layer";

    /// <summary>The name of the control rule that closes a layer (never a catalogue id: those are letters and digits).</summary>
    internal const string LayerRulePrefix = "layer:";

    public static (ISessionFactory Factory, IReadOnlyList<CompiledRule> Rules) Build(
        IEnumerable<RuleDefinition> definitions,
        DelegateCompiler delegates,
        System.Threading.CancellationToken cancellationToken)
    {
        var enabled = definitions.Where(d => d.Descriptor.IsEnabledByDefault).ToList();
        var depth = Depths(enabled);
        var compiled = enabled.Select(d => new CompiledRule(d, depth[d.Id], delegates)).ToList();
        var conditions = new ConditionCompiler(delegates);
        var ruleDefinitions = compiled.Select(r => BuildRule(r, conditions)).ToList();

        // A control rule closes each layer that a composite rule reads: it fires after the layer's rules and before
        // the next layer's, and inserts the fact those composite rules match.
        var layers = compiled.Where(r => r.Depth > 0).Select(r => r.Depth - 1).Distinct().OrderBy(d => d);
        ruleDefinitions.AddRange(layers.Select(CloseLayer));
        var compiler = new RuleCompiler { ExpressionCompiler = delegates };
        return (compiler.Compile(ruleDefinitions, cancellationToken), compiled);
    }

    /// <summary>A layer's rules fire at priority -2 × depth; the control rule that closes it, just below.</summary>
    internal static int PriorityOf(int depth) => -2 * depth;

    private static IRuleDefinition BuildRule(CompiledRule rule, ConditionCompiler conditions)
    {
        var definition = rule.Definition;
        var builder = new RuleBuilder();
        builder.Name(definition.Id);
        builder.Priority(PriorityOf(rule.Depth));
        var lhs = builder.LeftHandSide();

        // A rule on facts matches the subject; a composite rule matches the layer below it, whose outcomes it reads.
        var composite = rule.Depth > 0;
        var subject = Expression.Parameter(typeof(EvaluationSubject), Subject);
        var layer = Expression.Parameter(typeof(OutcomeLayer), Layer);
        var subjectValue = composite ? (Expression)Expression.Property(layer, nameof(OutcomeLayer.Subject)) : subject;
        var outcomesValue = composite
            ? Expression.Property(layer, nameof(OutcomeLayer.Outcomes))
            : (Expression)Expression.Constant(null, ConditionCompiler.OutcomesType);
        var partnership = Expression.Property(subjectValue, nameof(EvaluationSubject.Partnership));
        var condition = conditions.Compile(definition.Condition, partnership, outcomesValue);
        var applies = definition.AppliesWhen is null
            ? (Expression)Expression.Constant(Truth.True)
            : conditions.Compile(definition.AppliesWhen, partnership, outcomesValue);
        Expression matches = Expression.NotEqual(
            Expression.Call(typeof(Kleene).GetMethod(nameof(Kleene.Gate))!, applies, condition),
            Expression.Constant(Outcome.NotFired));
        // Past the time budget the condition is not evaluated: the rule goes on the agenda, where the first action stops
        // the evaluation as incomplete (see EvaluationSubject.BudgetSpent).
        matches = Expression.OrElse(Expression.Property(subjectValue, nameof(EvaluationSubject.BudgetSpent)), matches);
        if (composite)
        {
            matches = Expression.AndAlso(Expression.Equal(Expression.Property(layer, nameof(OutcomeLayer.Depth)), Expression.Constant(rule.Depth - 1)), matches);
        }

        var parameter = composite ? layer : subject;
        lhs.Pattern(parameter.Type, parameter.Name).Condition(Expression.Lambda(matches, parameter));

        var context = Expression.Parameter(typeof(IContext), "ctx");
        var record = Expression.Call(
            Expression.Constant(rule),
            typeof(CompiledRule).GetMethod(nameof(CompiledRule.Record))!,
            subjectValue,
            outcomesValue);
        builder.RightHandSide().Action(Expression.Lambda(record, context, parameter));
        return builder.Build();
    }

    /// <summary>The control rule that inserts <see cref="OutcomeLayer"/> <paramref name="depth"/> once that layer's rules have fired.</summary>
    private static IRuleDefinition CloseLayer(int depth)
    {
        var builder = new RuleBuilder();
        builder.Name(LayerRulePrefix + depth.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.Priority(PriorityOf(depth) - 1);
        builder.LeftHandSide().Pattern(typeof(EvaluationSubject), Subject);
        var context = Expression.Parameter(typeof(IContext), "ctx");
        var subject = Expression.Parameter(typeof(EvaluationSubject), Subject);
        var close = Expression.Call(subject, typeof(EvaluationSubject).GetMethod(nameof(EvaluationSubject.CloseLayer))!, context, Expression.Constant(depth));
        builder.RightHandSide().Action(Expression.Lambda(close, context, subject));
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
