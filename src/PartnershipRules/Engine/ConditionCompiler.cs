using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using PartnershipRules.Facts;
using PartnershipRules.Facts.Schema;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage.Conditions;

namespace PartnershipRules.Engine;

/// <summary>
/// Turns a checked condition into an expression tree of type <see cref="Truth"/> over a record of the fact model.
/// The tree reads properties directly and calls <see cref="Kleene"/> for the three-valued semantics: no reflection and
/// no interpretation at evaluation time.
/// </summary>
internal sealed class ConditionCompiler : ConditionVisitor<(Expression Scope, Expression Outcomes), Expression>
{
    private static readonly MethodInfo[] KleeneMethods = typeof(Kleene).GetMethods(BindingFlags.Public | BindingFlags.Static);

    private readonly DelegateCompiler _compiler;

    public ConditionCompiler(DelegateCompiler compiler) => _compiler = compiler;

    /// <summary>The element type of the outcomes a composite rule sees.</summary>
    public static Type OutcomesType { get; } = typeof(IEnumerable<RuleOutcome>);

    public Expression Compile(Condition condition, Expression scope, Expression outcomes) => Visit(condition, (scope, outcomes));

    public override Expression VisitLogical(LogicalCondition condition, (Expression Scope, Expression Outcomes) at)
    {
        // A chain of calls rather than a block with early exits: NRules compares and shares condition expressions
        // and does not support blocks. The conditions have no side effects, so the result is the same.
        var name = condition.Operator == LogicalOperator.All ? nameof(Kleene.And) : nameof(Kleene.Or);
        var result = Visit(condition.Operands[0], at);
        for (var i = 1; i < condition.Operands.Count; i++)
        {
            result = Call(name, result, Visit(condition.Operands[i], at));
        }

        return result;
    }

    public override Expression VisitNot(NotCondition condition, (Expression Scope, Expression Outcomes) at) =>
        Call(nameof(Kleene.Not), Visit(condition.Operand, at));

    public override Expression VisitComparison(ComparisonCondition condition, (Expression Scope, Expression Outcomes) at) =>
        CompileComparison(condition, at.Scope);

    public override Expression VisitQuantified(QuantifiedCondition condition, (Expression Scope, Expression Outcomes) at)
    {
        var list = Access(condition.Collection, at.Scope);
        var item = condition.Item.ClrType;
        var name = condition.Quantifier switch
        {
            Quantifier.Some => nameof(Kleene.Some),
            Quantifier.None => nameof(Kleene.None),
            _ => nameof(Kleene.Every),
        };
        return Call(name, new[] { item }, list, Predicate(condition.Where, item, at.Outcomes));
    }

    public override Expression VisitCount(CountCondition condition, (Expression Scope, Expression Outcomes) at) => Call(
        nameof(Kleene.Count),
        new[] { condition.Item.ClrType },
        Access(condition.Collection, at.Scope),
        Predicate(condition.Where, condition.Item.ClrType, at.Outcomes),
        Expression.Constant(condition.Operator),
        Expression.Constant(condition.Bound));

    public override Expression VisitDistinct(DistinctCondition condition, (Expression Scope, Expression Outcomes) at)
    {
        var item = condition.Collection.Field.Record!.ClrType;
        var selector = Selector(condition.Of, item);
        var valueType = condition.Of.Field.ScalarType!.ClrType;
        return Call(
            condition.Of.Field.Shape == FieldShape.ValueList ? nameof(Kleene.DistinctInLists) : nameof(Kleene.Distinct),
            new[] { item, valueType },
            Access(condition.Collection, at.Scope),
            selector,
            Expression.Constant(condition.Operator),
            Expression.Constant(condition.Bound));
    }

    public override Expression VisitShare(ShareCondition condition, (Expression Scope, Expression Outcomes) at) => Call(
        nameof(Kleene.Share),
        new[] { condition.Item.ClrType },
        Access(condition.Collection, at.Scope),
        Selector(condition.Of, condition.Item.ClrType),
        Predicate(condition.Where, condition.Item.ClrType, at.Outcomes),
        Expression.Constant(condition.Operator),
        Expression.Constant(condition.Bound));

    public override Expression VisitFinding(FindingCondition condition, (Expression Scope, Expression Outcomes) at) =>
        Call(nameof(Kleene.Finding), at.Outcomes, Expression.Constant(condition.RuleId));

    public override Expression VisitFindingCount(FindingCountCondition condition, (Expression Scope, Expression Outcomes) at) => Call(
        nameof(Kleene.FindingCount),
        at.Outcomes,
        Expression.Constant(new HashSet<string>(condition.RuleIds, StringComparer.Ordinal)),
        Expression.Constant(condition.Operator),
        Expression.Constant(condition.Bound));

    // The host's delegate is a constant: called, never inspected.
    public override Expression VisitCode(CodeCondition condition, (Expression Scope, Expression Outcomes) at) =>
        Expression.Invoke(Expression.Constant(condition.Evaluate), at.Scope);

    /// <summary>The value of a fact as a <c>Fact&lt;T&gt;</c> (or a list, for lists of plain values).</summary>
    public static Expression Leaf(FactAccess access, Expression scope)
    {
        var value = Access(access, scope);
        var field = access.Field;
        if (field.Shape == FieldShape.Observation)
        {
            return Call(nameof(Kleene.Observed), value);
        }

        return field.IsIdentifier ? Call(nameof(Kleene.Identifier), value) : value;
    }

    public static Expression Access(FactAccess access, Expression scope)
    {
        Expression current = scope;
        foreach (var step in access.Steps)
        {
            current = Expression.Property(current, step.Property);
        }

        return current;
    }

    private static Expression CompileComparison(ComparisonCondition comparison, Expression scope)
    {
        var leaf = Leaf(comparison.Fact, scope);
        var field = comparison.Fact.Field;
        var valueType = field.ScalarType!.ClrType;
        switch (comparison.Operator)
        {
            case ComparisonOperator.IsKnown or ComparisonOperator.IsUnknown:
                var known = field.Shape == FieldShape.ValueList
                    ? Call(nameof(Kleene.IsKnownList), Expression.Convert(leaf, typeof(object)))
                    : Call(nameof(Kleene.IsKnown), new[] { valueType }, leaf);
                return comparison.Operator == ComparisonOperator.IsKnown ? known : Call(nameof(Kleene.Not), known);
            case ComparisonOperator.Contains:
                return Call(nameof(Kleene.Contains), new[] { valueType }, leaf, Constant(comparison.Values[0], valueType));
            case ComparisonOperator.OlderThanMonths:
                return Call(nameof(Kleene.OlderThanMonths), leaf, Leaf(comparison.Reference!, scope), Expression.Constant((int)comparison.Values[0]));
            case ComparisonOperator.Equals:
                return Call(nameof(Kleene.Equal), new[] { valueType }, leaf, Constant(comparison.Values[0], valueType));
            case ComparisonOperator.NotEquals:
                return Call(nameof(Kleene.NotEqual), new[] { valueType }, leaf, Constant(comparison.Values[0], valueType));
            case ComparisonOperator.OneOf or ComparisonOperator.NoneOf:
                var array = Array.CreateInstance(valueType, comparison.Values.Count);
                for (var i = 0; i < comparison.Values.Count; i++)
                {
                    array.SetValue(comparison.Values[i], i);
                }

                return Call(comparison.Operator == ComparisonOperator.OneOf ? nameof(Kleene.OneOf) : nameof(Kleene.NoneOf), new[] { valueType }, leaf, Expression.Constant(array));
            default:
                return Call(nameof(Kleene.Compare), new[] { valueType }, leaf, Constant(comparison.Values[0], valueType), Expression.Constant(comparison.Operator));
        }
    }

    private Expression Predicate(Condition? where, Type item, Expression outcomes)
    {
        var delegateType = typeof(Func<,>).MakeGenericType(item, typeof(Truth));
        if (where is null)
        {
            return Expression.Constant(null, delegateType);
        }

        var parameter = Expression.Parameter(item, "item");
        var lambda = Expression.Lambda(delegateType, Visit(where, (parameter, outcomes)), parameter);

        // A nested lambda left in the tree becomes a new delegate on every evaluation; compiled once, it is a
        // constant. Only a predicate that reads the composite's outcomes must stay nested (it closes over them).
        return outcomes is ParameterExpression parameterOutcomes && ParameterUse.Reads(lambda.Body, parameterOutcomes)
            ? lambda
            : Expression.Constant(_compiler.Compile(lambda), delegateType);
    }

    private Expression Selector(FactAccess of, Type item)
    {
        var parameter = Expression.Parameter(item, "item");
        var lambda = Expression.Lambda(Leaf(of, parameter), parameter);
        return Expression.Constant(_compiler.Compile(lambda), lambda.Type);
    }

    private static Expression Constant(object value, Type type) => Expression.Constant(value, type);

    private static Expression Call(string name, params Expression[] arguments) => Call(name, Type.EmptyTypes, arguments);

    private static Expression Call(string name, Type[] typeArguments, params Expression[] arguments)
    {
        var method = KleeneMethods.Single(m => m.Name == name && m.GetGenericArguments().Length == typeArguments.Length && m.GetParameters().Length == arguments.Length);
        if (typeArguments.Length > 0)
        {
            method = method.MakeGenericMethod(typeArguments);
        }

        return Expression.Call(method, arguments);
    }
}
