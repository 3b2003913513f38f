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
internal sealed class ConditionCompiler : ConditionVisitor<ConditionCompiler.Place, Expression>
{
    private static readonly MethodInfo[] KleeneMethods = typeof(Kleene).GetMethods(BindingFlags.Public | BindingFlags.Static);

    private readonly DelegateCompiler _compiler;

    // A join matches records by their keys; each key's reader is compiled once, however many paths follow it.
    private readonly Dictionary<FactField, Expression> _keys = new();

    public ConditionCompiler(DelegateCompiler compiler) => _compiler = compiler;

    /// <summary>The element type of the outcomes a composite rule sees.</summary>
    public static Type OutcomesType { get; } = typeof(OutcomeTable);

    /// <summary>Compiles a rule's condition: its scope is the partnership itself.</summary>
    public Expression Compile(Condition condition, Expression scope, Expression outcomes) => Visit(condition, new Place(scope, outcomes, scope));

    /// <summary>Compiles a condition whose scope may be an item inside the partnership <paramref name="root"/>.</summary>
    public Expression Compile(Condition condition, Expression scope, Expression outcomes, Expression root) => Visit(condition, new Place(scope, outcomes, root));

    public override Expression VisitLogical(LogicalCondition condition, Place at)
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

    public override Expression VisitNot(NotCondition condition, Place at) =>
        Call(nameof(Kleene.Not), Visit(condition.Operand, at));

    public override Expression VisitComparison(ComparisonCondition condition, Place at) =>
        CompileComparison(condition, at);

    public override Expression VisitQuantified(QuantifiedCondition condition, Place at)
    {
        var list = Access(condition.Collection, at.Scope, at.Root);
        var item = condition.Item.ClrType;
        var name = condition.Quantifier switch
        {
            Quantifier.Some => nameof(Kleene.Some),
            Quantifier.None => nameof(Kleene.None),
            _ => nameof(Kleene.Every),
        };
        return Call(name, new[] { item }, list, Predicate(condition.Where, item, at));
    }

    public override Expression VisitCount(CountCondition condition, Place at) => Call(
        nameof(Kleene.Count),
        new[] { condition.Item.ClrType },
        Access(condition.Collection, at.Scope, at.Root),
        Predicate(condition.Where, condition.Item.ClrType, at),
        Expression.Constant(condition.Operator),
        Expression.Constant(condition.Bound));

    public override Expression VisitDistinct(DistinctCondition condition, Place at)
    {
        var item = condition.Collection.Field.Record!.ClrType;
        var selector = Selector(condition.Of, item);
        var valueType = condition.Of.Field.ScalarType!.ClrType;
        return Call(
            condition.Of.Field.Shape == FieldShape.ValueList ? nameof(Kleene.DistinctInLists) : nameof(Kleene.Distinct),
            new[] { item, valueType },
            Access(condition.Collection, at.Scope, at.Root),
            selector,
            Expression.Constant(condition.Operator),
            Expression.Constant(condition.Bound));
    }

    public override Expression VisitShare(ShareCondition condition, Place at) => Call(
        nameof(Kleene.Share),
        new[] { condition.Item.ClrType },
        Access(condition.Collection, at.Scope, at.Root),
        Selector(condition.Of, condition.Item.ClrType),
        Predicate(condition.Where, condition.Item.ClrType, at),
        Expression.Constant(condition.Operator),
        Expression.Constant(condition.Bound));

    public override Expression VisitFinding(FindingCondition condition, Place at) =>
        Call(nameof(Kleene.Finding), at.Outcomes, Expression.Constant(condition.RuleId));

    public override Expression VisitFindingCount(FindingCountCondition condition, Place at) => Call(
        nameof(Kleene.FindingCount),
        at.Outcomes,
        Expression.Constant(new HashSet<string>(condition.RuleIds, StringComparer.Ordinal)),
        Expression.Constant(condition.Operator),
        Expression.Constant(condition.Bound));

    public override Expression VisitBalance(BalanceCondition condition, Place at) => Call(
        nameof(Kleene.Balance),
        at.Outcomes,
        Expression.Constant(new HashSet<string>(condition.ForIds, StringComparer.Ordinal)),
        Expression.Constant(new HashSet<string>(condition.AgainstIds, StringComparer.Ordinal)),
        Expression.Constant(condition.ForAtLeast),
        Expression.Constant(condition.AgainstAtMost),
        Expression.Constant(condition.RecordedAtLeast));

    // The host's delegate is a constant: called, never inspected.
    public override Expression VisitCode(CodeCondition condition, Place at) =>
        Expression.Invoke(Expression.Constant(condition.Evaluate), at.Scope);

    /// <summary>The value of a fact as a <c>Fact&lt;T&gt;</c> (or a list, for lists of plain values).</summary>
    public Expression Leaf(FactAccess access, Expression scope, Expression root)
    {
        var value = Access(access, scope, root);
        var field = access.Field;
        if (field.Shape == FieldShape.Observation)
        {
            return Call(nameof(Kleene.Observed), value);
        }

        return field.IsIdentifier ? Call(nameof(Kleene.Identifier), value) : value;
    }

    /// <summary>
    /// Reads the fact a path names. A path through a reference becomes a call to <see cref="Kleene.Follow"/> over the
    /// partnership's list, with the rest of the path compiled once as a delegate.
    /// </summary>
    public Expression Access(FactAccess access, Expression scope, Expression root)
    {
        if (access is { Target: { } target, Beyond: { } beyond })
        {
            var record = target.Record!;
            return Call(
                nameof(Kleene.Follow),
                new[] { record.ClrType, beyond.Field.ScalarType!.ClrType },
                JoinArguments(access, scope, root).Append(Selector(beyond, record.ClrType)).ToArray());
        }

        Expression current = scope;
        foreach (var step in access.Steps)
        {
            current = Expression.Property(current, step.Property);
        }

        return current;
    }

    /// <summary>The <see cref="Kleene.Resolve"/> call that finds the position of the record a reference names.</summary>
    public Expression Resolve(FactAccess access, Expression scope, Expression root) =>
        Call(nameof(Kleene.Resolve), new[] { access.Target!.Record!.ClrType }, JoinArguments(access, scope, root));

    /// <summary>What both a join and its resolution take: the partnership's list, the reference, and the two keys to match.</summary>
    private Expression[] JoinArguments(FactAccess access, Expression scope, Expression root)
    {
        var record = access.Target!.Record!;
        var keys = record.KeyFields.ToList();
        return new[]
        {
            Expression.Property(root, access.Target.Property),
            Access(access.Reference!, scope, root),
            KeyOf(record, keys[0]),
            KeyOf(record, keys[keys.Count - 1]),
        };
    }

    private Expression KeyOf(RecordSchema record, FactField key)
    {
        if (!_keys.TryGetValue(key, out var reader))
        {
            var parameter = Expression.Parameter(record.ClrType, "record");
            reader = Expression.Constant(_compiler.Compile(Expression.Lambda(Expression.Property(parameter, key.Property), parameter)));
            _keys.Add(key, reader);
        }

        return reader;
    }

    private Expression CompileComparison(ComparisonCondition comparison, Place at)
    {
        var leaf = Leaf(comparison.Fact, at.Scope, at.Root);
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
                return Call(nameof(Kleene.OlderThanMonths), leaf, Leaf(comparison.Reference!, at.Scope, at.Root), Expression.Constant((int)comparison.Values[0]));
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

    private Expression Predicate(Condition? where, Type item, Place at)
    {
        var delegateType = typeof(Func<,>).MakeGenericType(item, typeof(Truth));
        if (where is null)
        {
            return Expression.Constant(null, delegateType);
        }

        var parameter = Expression.Parameter(item, "item");
        var lambda = Expression.Lambda(delegateType, Visit(where, new Place(parameter, at.Outcomes, at.Root)), parameter);

        // A nested lambda left in the tree becomes a new delegate on every evaluation; compiled once, it is a
        // constant. Only a predicate that reads the composite's outcomes or follows a reference through the
        // partnership must stay nested (it closes over them).
        return ParameterUse.ReadsAny(lambda.Body, at.Outcomes, at.Root)
            ? lambda
            : Expression.Constant(_compiler.Compile(lambda), delegateType);
    }

    // Selectors read one item's fact (through a reference at most, whose target list the binder keeps at the root).
    private Expression Selector(FactAccess of, Type item)
    {
        var parameter = Expression.Parameter(item, "item");
        var lambda = Expression.Lambda(Leaf(of, parameter, parameter), parameter);
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

    /// <summary>
    /// Where a node is compiled: the record it reads, the outcomes a composite reads, and the partnership a reference
    /// is followed through.
    /// </summary>
    internal readonly record struct Place(Expression Scope, Expression Outcomes, Expression Root);
}
