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
internal sealed class ConditionCompiler
{
    private static readonly MethodInfo[] KleeneMethods = typeof(Kleene).GetMethods(BindingFlags.Public | BindingFlags.Static);

    private readonly DelegateCompiler _compiler;

    public ConditionCompiler(DelegateCompiler compiler) => _compiler = compiler;

    /// <summary>The element type of the outcomes a composite rule sees.</summary>
    public static Type OutcomesType { get; } = typeof(IEnumerable<RuleOutcome>);

    public Expression Compile(Condition condition, Expression scope, Expression outcomes) => condition switch
    {
        LogicalCondition logical => CompileLogical(logical, scope, outcomes),
        NotCondition not => Call(nameof(Kleene.Not), Compile(not.Operand, scope, outcomes)),
        ComparisonCondition comparison => CompileComparison(comparison, scope),
        QuantifiedCondition quantified => CompileQuantified(quantified, scope, outcomes),
        CountCondition count => Call(
            nameof(Kleene.Count),
            new[] { count.Item.ClrType },
            Access(count.Collection, scope),
            Predicate(count.Where, count.Item.ClrType, outcomes),
            Expression.Constant(count.Operator),
            Expression.Constant(count.Bound)),
        DistinctCondition distinct => CompileDistinct(distinct, scope),
        ShareCondition share => Call(
            nameof(Kleene.Share),
            new[] { share.Item.ClrType },
            Access(share.Collection, scope),
            Selector(share.Of, share.Item.ClrType),
            Predicate(share.Where, share.Item.ClrType, outcomes),
            Expression.Constant(share.Operator),
            Expression.Constant(share.Bound)),
        FindingCondition finding => Call(nameof(Kleene.Finding), outcomes, Expression.Constant(finding.RuleId)),
        FindingCountCondition findings => Call(
            nameof(Kleene.FindingCount),
            outcomes,
            Expression.Constant(new HashSet<string>(findings.RuleIds, StringComparer.Ordinal)),
            Expression.Constant(findings.Operator),
            Expression.Constant(findings.Bound)),
        // The host's delegate is a constant: called, never inspected.
        CodeCondition code => Expression.Invoke(Expression.Constant(code.Evaluate), scope),
        _ => throw new NotSupportedException(condition.GetType().Name),
    };

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

    private Expression CompileLogical(LogicalCondition logical, Expression scope, Expression outcomes)
    {
        // A chain of calls rather than a block with early exits: NRules compares and shares condition expressions
        // and does not support blocks. The conditions have no side effects, so the result is the same.
        var name = logical.Operator == LogicalOperator.All ? nameof(Kleene.And) : nameof(Kleene.Or);
        var result = Compile(logical.Operands[0], scope, outcomes);
        for (var i = 1; i < logical.Operands.Count; i++)
        {
            result = Call(name, result, Compile(logical.Operands[i], scope, outcomes));
        }

        return result;
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

    private Expression CompileQuantified(QuantifiedCondition quantified, Expression scope, Expression outcomes)
    {
        var list = Access(quantified.Collection, scope);
        var item = quantified.Item.ClrType;
        return quantified.Quantifier switch
        {
            Quantifier.Some => Call(nameof(Kleene.Some), new[] { item }, list, Predicate(quantified.Where, item, outcomes)),
            Quantifier.None => Call(nameof(Kleene.None), new[] { item }, list, Predicate(quantified.Where, item, outcomes)),
            _ => Call(nameof(Kleene.Every), new[] { item }, list, Predicate(quantified.Where, item, outcomes)),
        };
    }

    private Expression CompileDistinct(DistinctCondition distinct, Expression scope)
    {
        var item = distinct.Collection.Field.Record!.ClrType;
        var selector = Selector(distinct.Of, item);
        var valueType = distinct.Of.Field.ScalarType!.ClrType;
        return Call(
            distinct.Of.Field.Shape == FieldShape.ValueList ? nameof(Kleene.DistinctInLists) : nameof(Kleene.Distinct),
            new[] { item, valueType },
            Access(distinct.Collection, scope),
            selector,
            Expression.Constant(distinct.Operator),
            Expression.Constant(distinct.Bound));
    }

    private Expression Predicate(Condition? where, Type item, Expression outcomes)
    {
        var delegateType = typeof(Func<,>).MakeGenericType(item, typeof(Truth));
        if (where is null)
        {
            return Expression.Constant(null, delegateType);
        }

        var parameter = Expression.Parameter(item, "item");
        var lambda = Expression.Lambda(delegateType, Compile(where, parameter, outcomes), parameter);

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
