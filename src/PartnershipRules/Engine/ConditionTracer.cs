using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Linq.Expressions;
using PartnershipRules.Facts;
using PartnershipRules.Facts.Schema;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage.Conditions;

namespace PartnershipRules.Engine;

/// <summary>
/// Evaluates a condition again, slowly, keeping every node's value and the facts it read. Runs only for rules that
/// fired or could not be decided (and for explanations), never for the rest. Every node's truth comes from the same
/// <see cref="ConditionCompiler"/> as the fast check, so the two cannot disagree.
/// </summary>
internal sealed class ConditionTracer
{
    private readonly Dictionary<Condition, Func<object, IEnumerable<RuleOutcome>?, Truth>> _truths = new();
    private readonly Dictionary<FactAccess, Func<object, object?>> _getters = new();
    private readonly Dictionary<FactField, Func<object, object?>> _labels = new();
    private readonly DelegateCompiler _compiler;
    private readonly ConditionCompiler _conditions;

    /// <summary>Compiles the delegates for every node of the given conditions.</summary>
    public ConditionTracer(IEnumerable<(Condition Condition, RecordSchema Scope)> roots, DelegateCompiler compiler)
    {
        _compiler = compiler;
        _conditions = new ConditionCompiler(compiler);
        foreach (var (condition, scope) in roots)
        {
            Prepare(condition, scope);
        }
    }

    public TraceNode Trace(Condition condition, object scope, string prefix, IEnumerable<RuleOutcome>? outcomes)
    {
        // All, any and not take their value from their children with the same Kleene operators the compiled
        // condition uses, so the tree is evaluated once, not once per level.
        switch (condition)
        {
            case LogicalCondition logical:
                var children = new List<TraceNode>(logical.Operands.Count);
                var combined = logical.Operator == LogicalOperator.All ? Truth.True : Truth.False;
                foreach (var operand in logical.Operands)
                {
                    var child = Trace(operand, scope, prefix, outcomes);
                    children.Add(child);
                    combined = logical.Operator == LogicalOperator.All ? Kleene.And(combined, child.Value) : Kleene.Or(combined, child.Value);
                }

                return new TraceNode(condition, combined) { Children = children };
            case NotCondition not:
                var operandNode = Trace(not.Operand, scope, prefix, outcomes);
                return new TraceNode(condition, Kleene.Not(operandNode.Value)) { Children = new[] { operandNode } };
        }

        var value = _truths[condition](scope, outcomes);
        switch (condition)
        {
            case ComparisonCondition { Reference: { } reference } relative:
                // Both dates decide the comparison: each is evidence when known, or a missing fact when not.
                var date = Leaf(condition, value, relative.Fact, scope, prefix);
                var from = Leaf(condition, value, reference, scope, prefix);
                return new TraceNode(condition, value) { Children = new[] { date, from } };
            case ComparisonCondition comparison:
                return Leaf(condition, value, comparison.Fact, scope, prefix);
            case QuantifiedCondition quantified:
                return new TraceNode(condition, value) { Children = Items(quantified.Collection, quantified.Where, scope, prefix, outcomes) };
            case CountCondition count:
                return new TraceNode(condition, value) { Children = Items(count.Collection, count.Where, scope, prefix, outcomes) };
            case ShareCondition share:
                return new TraceNode(condition, value) { Children = Items(share.Collection, share.Where, scope, prefix, outcomes) };
            case DistinctCondition distinct:
                return new TraceNode(condition, value) { Children = DistinctItems(distinct, scope, prefix) };
            case CodeCondition code:
                // The facts the host declared are read after the fact: each is evidence, or a missing fact.
                return new TraceNode(condition, value) { Children = code.Reads.Select(r => Leaf(condition, value, r, scope, prefix)).ToList() };
            case FindingCondition finding:
                var outcome = outcomes?.FirstOrDefault(o => o.RuleId == finding.RuleId)?.Outcome ?? Outcome.NotFired;
                return new TraceNode(condition, value) { Path = "findings." + finding.RuleId, ValueText = ScalarType.Format(outcome) };
            case FindingCountCondition findings:
                var counted = outcomes?.Where(o => findings.RuleIds.Contains(o.RuleId)).ToList() ?? new List<RuleOutcome>();
                var fired = counted.Where(o => o.Outcome == Outcome.Fired).Select(o => o.RuleId).ToList();
                var undecided = counted.Count(o => o.Outcome == Outcome.InsufficientInformation);
                var text = fired.Count.ToString(CultureInfo.InvariantCulture) + " fired" + (fired.Count > 0 ? " (" + string.Join(", ", fired) + ")" : string.Empty)
                    + (undecided > 0 ? ", " + undecided.ToString(CultureInfo.InvariantCulture) + " undecided" : string.Empty);
                return new TraceNode(condition, value) { Path = "findings", ValueText = text };
            default:
                return new TraceNode(condition, value);
        }
    }

    /// <summary>Reads a fact for a message placeholder.</summary>
    public string Read(FactAccess access, object scope)
    {
        var raw = _getters[access](scope);
        if (access.Field.Shape == FieldShape.ValueList && raw is IEnumerable items)
        {
            // In a sentence a list reads as words, not as the bracketed evidence form.
            var words = items.Cast<object>().Select(ScalarType.Format).ToList();
            return words.Count == 0 ? "none" : string.Join(", ", words);
        }

        var (state, text, _) = Describe(access.Field, raw);
        return state == FactState.Known ? text : state == FactState.Unknown ? "unknown" : "not recorded";
    }

    internal static (FactState State, string Text, string? Note) Describe(FactField field, object? raw)
    {
        switch (raw)
        {
            case Observation observation:
                var note = observation.Evidence;
                if (observation.ObservedOn.IsKnown)
                {
                    note = (note is null ? string.Empty : note + "; ") + "observed " + observation.ObservedOn.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }

                return observation.Value.IsKnown
                    ? (FactState.Known, ScalarType.Format(observation.Value.Value), note)
                    : (observation.Value.State == FactState.Unknown ? FactState.Unknown : FactState.NotRecorded, "unknown", note);
            case IFactValue fact:
                return fact.State == FactState.Known ? (FactState.Known, ScalarType.Format(fact.UntypedValue!), null) : (fact.State, string.Empty, null);
            case string text:
                return (FactState.Known, text, null);
            case IEnumerable list when field.Shape != FieldShape.Value:
                return (FactState.Known, "[" + string.Join(", ", list.Cast<object>().Select(ScalarType.Format)) + "]", null);
            default:
                return (FactState.NotRecorded, string.Empty, null);
        }
    }

    private TraceNode Leaf(Condition condition, Truth value, FactAccess access, object scope, string prefix)
    {
        var (state, text, note) = Describe(access.Field, _getters[access](scope));
        return new TraceNode(condition, value) { Path = prefix + access.Path, Field = access.Field, State = state, ValueText = text, Note = note };
    }

    private List<TraceNode> Items(FactAccess collection, Condition? where, object scope, string prefix, IEnumerable<RuleOutcome>? outcomes)
    {
        var path = prefix + collection.Path;
        if (_getters[collection](scope) is not IList list)
        {
            return UnrecordedList(collection, path);
        }

        var items = new List<TraceNode>(list.Count);
        var label = collection.Field.Record!.LabelField;
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i]!;
            var itemPrefix = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            var itemLabel = label is null ? null : Label(label, _labels[label](item));
            if (where is null)
            {
                items.Add(new TraceNode(null, Truth.True) { Path = itemPrefix, ItemLabel = itemLabel ?? itemPrefix });
                continue;
            }

            var inner = Trace(where, item, itemPrefix + ".", outcomes);
            items.Add(new TraceNode(null, inner.Value) { Path = itemPrefix, ItemLabel = itemLabel ?? itemPrefix, Children = new[] { inner } });
        }

        return items;
    }

    private static string? Label(FactField field, object? raw)
    {
        var (state, text, _) = Describe(field, raw);
        return state == FactState.Known && text.Length > 0 ? text : null;
    }

    private List<TraceNode> DistinctItems(DistinctCondition distinct, object scope, string prefix)
    {
        var path = prefix + distinct.Collection.Path;
        if (_getters[distinct.Collection](scope) is not IList list)
        {
            return UnrecordedList(distinct.Collection, path);
        }

        var items = new List<TraceNode>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var itemPrefix = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "].";
            var leaf = Leaf(distinct, Truth.True, distinct.Of, list[i]!, itemPrefix);
            items.Add(new TraceNode(null, leaf.State == FactState.Known ? Truth.True : Truth.Unknown)
            {
                Path = leaf.Path,
                Field = leaf.Field,
                State = leaf.State,
                ValueText = leaf.ValueText,
                Note = leaf.Note,
            });
        }

        return items;
    }

    /// <summary>A list that was not recorded is itself the missing fact.</summary>
    private static List<TraceNode> UnrecordedList(FactAccess collection, string path) =>
        new() { new TraceNode(null, Truth.Unknown) { Path = path, Field = collection.Field, State = FactState.NotRecorded, ValueText = string.Empty } };

    private void Prepare(Condition condition, RecordSchema scope)
    {
        var scopeParameter = Expression.Parameter(typeof(object), "scope");
        var outcomesParameter = Expression.Parameter(ConditionCompiler.OutcomesType, "outcomes");
        var typed = Expression.Convert(scopeParameter, scope.ClrType);
        if (condition is not LogicalCondition and not NotCondition)
        {
            var body = _conditions.Compile(condition, typed, outcomesParameter);
            _truths[condition] = _compiler.Compile(Expression.Lambda<Func<object, IEnumerable<RuleOutcome>?, Truth>>(body, scopeParameter, outcomesParameter));
        }

        switch (condition)
        {
            case LogicalCondition logical:
                foreach (var operand in logical.Operands)
                {
                    Prepare(operand, scope);
                }

                break;
            case NotCondition not:
                Prepare(not.Operand, scope);
                break;
            case ComparisonCondition comparison:
                PrepareGetter(comparison.Fact, scope);
                if (comparison.Reference is not null)
                {
                    PrepareGetter(comparison.Reference, scope);
                }

                break;
            case QuantifiedCondition quantified:
                PrepareGetter(quantified.Collection, scope);
                PrepareLabel(quantified.Collection);
                PrepareWhere(quantified.Where, quantified.Item);
                break;
            case CountCondition count:
                PrepareGetter(count.Collection, scope);
                PrepareLabel(count.Collection);
                PrepareWhere(count.Where, count.Item);
                break;
            case ShareCondition share:
                PrepareGetter(share.Collection, scope);
                PrepareLabel(share.Collection);
                PrepareWhere(share.Where, share.Item);
                break;
            case CodeCondition code:
                foreach (var read in code.Reads)
                {
                    PrepareGetter(read, scope);
                }

                break;
            case DistinctCondition distinct:
                PrepareGetter(distinct.Collection, scope);
                PrepareGetter(distinct.Of, distinct.Collection.Field.Record!);
                break;
        }
    }

    /// <summary>Items of a list are named by their label field (name, id or code) in evidence.</summary>
    private void PrepareLabel(FactAccess collection)
    {
        var label = collection.Field.Record!.LabelField;
        if (label is null || _labels.ContainsKey(label))
        {
            return;
        }

        var parameter = Expression.Parameter(typeof(object), "item");
        var read = Expression.Property(Expression.Convert(parameter, collection.Field.Record.ClrType), label.Property);
        _labels[label] = _compiler.Compile(Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), parameter));
    }

    private void PrepareWhere(Condition? where, RecordSchema item)
    {
        if (where is not null)
        {
            Prepare(where, item);
        }
    }

    internal void PrepareGetter(FactAccess access, RecordSchema scope)
    {
        if (_getters.ContainsKey(access))
        {
            return;
        }

        var parameter = Expression.Parameter(typeof(object), "scope");
        var body = ConditionCompiler.Access(access, Expression.Convert(parameter, scope.ClrType));
        _getters[access] = _compiler.Compile(Expression.Lambda<Func<object, object?>>(Expression.Convert(body, typeof(object)), parameter));
    }
}
