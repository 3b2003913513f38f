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
internal sealed class ConditionTracer : ConditionVisitor<ConditionTracer.Place, TraceNode>
{
    private readonly Dictionary<Condition, Func<object, object, OutcomeTable?, Truth>> _truths = new();
    private readonly Dictionary<FactAccess, Func<object, object, object?>> _getters = new();
    private readonly Dictionary<FactAccess, Func<object, object, int>> _resolvers = new();
    private readonly Dictionary<FactField, Func<object, object?>> _labels = new();
    private readonly DelegateCompiler _compiler;
    private readonly ConditionCompiler _conditions;

    /// <summary>Compiles the delegates for every node of the given conditions.</summary>
    public ConditionTracer(IEnumerable<(Condition Condition, RecordSchema Scope)> roots, DelegateCompiler compiler)
    {
        _compiler = compiler;
        _conditions = new ConditionCompiler(compiler);
        var preparer = new Preparer(this, _conditions);
        foreach (var (condition, scope) in roots)
        {
            preparer.Visit(condition, scope);
        }
    }

    /// <summary>Traces a rule's condition over the partnership (its scope and its root).</summary>
    public TraceNode Trace(Condition condition, object partnership, string prefix, OutcomeTable? outcomes) =>
        Visit(condition, new Place(partnership, prefix, outcomes, partnership));

    // All, any and not take their value from their children with the same Kleene operators the compiled condition
    // uses, so the tree is evaluated once, not once per level.
    public override TraceNode VisitLogical(LogicalCondition condition, Place at)
    {
        var children = new List<TraceNode>(condition.Operands.Count);
        var combined = condition.Operator == LogicalOperator.All ? Truth.True : Truth.False;
        foreach (var operand in condition.Operands)
        {
            var child = Visit(operand, at);
            children.Add(child);
            combined = condition.Operator == LogicalOperator.All ? Kleene.And(combined, child.Value) : Kleene.Or(combined, child.Value);
        }

        return new TraceNode(condition, combined) { Children = children };
    }

    public override TraceNode VisitNot(NotCondition condition, Place at)
    {
        var operand = Visit(condition.Operand, at);
        return new TraceNode(condition, Kleene.Not(operand.Value)) { Children = new[] { operand } };
    }

    public override TraceNode VisitComparison(ComparisonCondition condition, Place at)
    {
        var value = ValueOf(condition, at);
        if (condition.Fact.Reference is { } through)
        {
            return Joined(condition, value, through, at);
        }

        if (condition.Reference is not { } reference)
        {
            return Leaf(condition, value, condition.Fact, at);
        }

        // Both dates decide the comparison: each is evidence when known, or a missing fact when not.
        var date = Leaf(condition, value, condition.Fact, at);
        var from = Leaf(condition, value, reference, at);
        return new TraceNode(condition, value) { Children = new[] { date, from } };
    }

    public override TraceNode VisitQuantified(QuantifiedCondition condition, Place at) =>
        new(condition, ValueOf(condition, at)) { Children = Items(condition.Collection, condition.Where, at) };

    public override TraceNode VisitCount(CountCondition condition, Place at) =>
        new(condition, ValueOf(condition, at)) { Children = Items(condition.Collection, condition.Where, at) };

    public override TraceNode VisitShare(ShareCondition condition, Place at) =>
        new(condition, ValueOf(condition, at)) { Children = Items(condition.Collection, condition.Where, at) };

    public override TraceNode VisitDistinct(DistinctCondition condition, Place at) =>
        new(condition, ValueOf(condition, at)) { Children = DistinctItems(condition, at) };

    // The facts the host declared are read after the fact: each is evidence, or a missing fact.
    public override TraceNode VisitCode(CodeCondition condition, Place at)
    {
        var value = ValueOf(condition, at);
        return new TraceNode(condition, value) { Children = condition.Reads.Select(r => Leaf(condition, value, r, at)).ToList() };
    }

    public override TraceNode VisitFinding(FindingCondition condition, Place at)
    {
        var outcome = at.Outcomes is not null && at.Outcomes.TryGetValue(condition.RuleId, out var found) ? found.Outcome : Outcome.NotFired;
        return new TraceNode(condition, ValueOf(condition, at)) { Path = "findings." + condition.RuleId, ValueText = ScalarType.Format(outcome) };
    }

    public override TraceNode VisitFindingCount(FindingCountCondition condition, Place at)
    {
        var counted = at.Outcomes?.Where(o => condition.RuleIds.Contains(o.RuleId)).ToList() ?? new List<RuleOutcome>();
        var fired = counted.Where(o => o.Outcome == Outcome.Fired).Select(o => o.RuleId).ToList();
        var undecided = counted.Count(o => o.Outcome == Outcome.InsufficientInformation);
        var text = fired.Count.ToString(CultureInfo.InvariantCulture) + " fired" + (fired.Count > 0 ? " (" + string.Join(", ", fired) + ")" : string.Empty)
            + (undecided > 0 ? ", " + undecided.ToString(CultureInfo.InvariantCulture) + " undecided" : string.Empty);
        return new TraceNode(condition, ValueOf(condition, at)) { Path = "findings", ValueText = text };
    }

    public override TraceNode VisitBalance(BalanceCondition condition, Place at) =>
        new(condition, ValueOf(condition, at)) { Path = "findings", ValueText = Signals.Describe(condition, at.Outcomes) };

    /// <summary>Reads a fact for a message placeholder.</summary>
    public string Read(FactAccess access, object partnership)
    {
        var raw = _getters[access](partnership, partnership);
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

    private Truth ValueOf(Condition condition, Place at) => _truths[condition](at.Scope, at.Root, at.Outcomes);

    /// <summary>The compiled value of a condition that is not all, any or not (those combine their operands).</summary>
    internal Truth TruthOf(Condition condition, Place at) => ValueOf(condition, at);

    /// <summary>The list a list condition reads, or what stands for it when it was not recorded.</summary>
    internal object? ListOf(FactAccess collection, Place at) => _getters[collection](at.Scope, at.Root);

    /// <summary>An item's name as evidence and messages give it, or null when it has none.</summary>
    internal string? ItemLabel(FactAccess collection, object item) =>
        collection.Field.Record!.LabelField is { } label ? Label(label, _labels[label](item)) : null;

    private TraceNode Leaf(Condition condition, Truth value, FactAccess access, Place at) => Leaf(condition, value, access, at.Scope, at.Root, at.Prefix + access.Path);

    private TraceNode Leaf(Condition condition, Truth value, FactAccess access, object scope, object root, string path)
    {
        var (state, text, note) = Describe(access.Field, _getters[access](scope, root));
        return new TraceNode(condition, value) { Path = path, Field = access.Field, State = state, ValueText = text, Note = note };
    }

    /// <summary>
    /// A comparison through a reference: the reference is evidence (or the missing fact), and so is the fact of the
    /// record it names, under that record's own path (<c>partners[2].sector</c>), where a reader can find it.
    /// </summary>
    private TraceNode Joined(ComparisonCondition condition, Truth value, FactAccess through, Place at)
    {
        var reference = Leaf(condition, value, through, at);
        var index = _resolvers[condition.Fact](at.Scope, at.Root);
        if (index < 0)
        {
            // Known but naming no record: the reference is what to correct, so it is reported as unknown.
            var unresolved = reference.State == FactState.Known
                ? new TraceNode(condition, value) { Path = reference.Path, Field = reference.Field, State = FactState.Unknown, ValueText = reference.ValueText, Note = "names no " + condition.Fact.Target!.Record!.DisplayName }
                : reference;
            return new TraceNode(condition, value) { Children = new[] { unresolved } };
        }

        var list = (IList)_getters[condition.Fact.TargetList!](at.Root, at.Root)!;
        var beyond = condition.Fact.Beyond!;
        var targetPath = condition.Fact.TargetList!.Path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
        var target = Leaf(condition, value, beyond, list[index]!, at.Root, targetPath + "." + beyond.Path);

        // The evidence says which record the reference named, by the label a reader knows it by.
        var label = beyond.Scope.LabelField is { } labelField ? Label(labelField, _labels[labelField](list[index]!)) : null;
        var named = new TraceNode(condition, value) { Path = reference.Path, Field = reference.Field, State = reference.State, ValueText = reference.ValueText, Note = "names " + (label is null ? targetPath : label + ", " + targetPath) };
        var phrase = condition.Fact.Reference!.Field.TargetPhrase;
        return new TraceNode(condition, value) { Children = new[] { named, target }, Joined = phrase is null || label is null ? null : phrase + " " + label };
    }

    private List<TraceNode> Items(FactAccess collection, Condition? where, Place at)
    {
        var path = at.Prefix + collection.Path;
        if (_getters[collection](at.Scope, at.Root) is not IList list)
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

            var inner = Visit(where, new Place(item, itemPrefix + ".", at.Outcomes, at.Root));

            // A matched item that the condition joined to another record says which ("... (controlled by X)").
            var joined = inner.Value == Truth.True ? JoinedWithin(inner) : null;
            var named = itemLabel ?? itemPrefix;
            items.Add(new TraceNode(null, inner.Value) { Path = itemPrefix, ItemLabel = joined is null ? named : named + " (" + joined + ")", Children = new[] { inner } });
        }

        return items;
    }

    private static string? JoinedWithin(TraceNode node)
    {
        if (node.Joined is not null && node.Value == Truth.True)
        {
            return node.Joined;
        }

        foreach (var child in node.Children)
        {
            if (child.ItemLabel is null && JoinedWithin(child) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static string? Label(FactField field, object? raw)
    {
        var (state, text, _) = Describe(field, raw);
        return state == FactState.Known && text.Length > 0 ? text : null;
    }

    private List<TraceNode> DistinctItems(DistinctCondition distinct, Place at)
    {
        var path = at.Prefix + distinct.Collection.Path;
        if (_getters[distinct.Collection](at.Scope, at.Root) is not IList list)
        {
            return UnrecordedList(distinct.Collection, path);
        }

        var items = new List<TraceNode>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var itemPrefix = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "].";
            var leaf = Leaf(distinct, Truth.True, distinct.Of, list[i]!, at.Root, itemPrefix + distinct.Of.Path);
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

    internal void PrepareGetter(FactAccess access, RecordSchema scope)
    {
        if (_getters.ContainsKey(access))
        {
            return;
        }

        var parameter = Expression.Parameter(typeof(object), "scope");
        var root = Expression.Parameter(typeof(object), "root");
        var body = _conditions.Access(access, Expression.Convert(parameter, scope.ClrType), Expression.Convert(root, FactSchema.Default.Root.ClrType));
        _getters[access] = _compiler.Compile(Expression.Lambda<Func<object, object, object?>>(Expression.Convert(body, typeof(object)), parameter, root));
        if (access is { Reference: { } reference, TargetList: { } list, Beyond: { } beyond })
        {
            PrepareGetter(reference, scope);
            PrepareGetter(list, FactSchema.Default.Root);
            PrepareLabel(list);
            PrepareGetter(beyond, beyond.Scope);
            var resolve = _conditions.Resolve(access, Expression.Convert(parameter, scope.ClrType), Expression.Convert(root, FactSchema.Default.Root.ClrType));
            _resolvers[access] = _compiler.Compile(Expression.Lambda<Func<object, object, int>>(resolve, parameter, root));
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

    /// <summary>
    /// Where a node is traced: the record it reads, its path prefix, the outcomes a composite reads, and the
    /// partnership a reference is followed through.
    /// </summary>
    internal readonly record struct Place(object Scope, string Prefix, OutcomeTable? Outcomes, object Root);

    /// <summary>
    /// Compiles, once, the truth of every node (from the same compiler as the rule network) and a getter for every
    /// fact and list label it reads.
    /// </summary>
    private sealed class Preparer : ConditionVisitor<RecordSchema, bool>
    {
        private readonly ConditionTracer _tracer;
        private readonly ConditionCompiler _conditions;

        public Preparer(ConditionTracer tracer, ConditionCompiler conditions)
        {
            _tracer = tracer;
            _conditions = conditions;
        }

        public override bool VisitLogical(LogicalCondition condition, RecordSchema scope)
        {
            foreach (var operand in condition.Operands)
            {
                Visit(operand, scope);
            }

            return true;
        }

        public override bool VisitNot(NotCondition condition, RecordSchema scope) => Visit(condition.Operand, scope);

        public override bool VisitComparison(ComparisonCondition condition, RecordSchema scope)
        {
            CompileTruth(condition, scope);
            _tracer.PrepareGetter(condition.Fact, scope);
            if (condition.Reference is not null)
            {
                _tracer.PrepareGetter(condition.Reference, scope);
            }

            return true;
        }

        public override bool VisitQuantified(QuantifiedCondition condition, RecordSchema scope) => PrepareList(condition, condition.Collection, condition.Where, scope);

        public override bool VisitCount(CountCondition condition, RecordSchema scope) => PrepareList(condition, condition.Collection, condition.Where, scope);

        public override bool VisitShare(ShareCondition condition, RecordSchema scope) => PrepareList(condition, condition.Collection, condition.Where, scope);

        public override bool VisitDistinct(DistinctCondition condition, RecordSchema scope)
        {
            CompileTruth(condition, scope);
            _tracer.PrepareGetter(condition.Collection, scope);
            _tracer.PrepareGetter(condition.Of, condition.Collection.Field.Record!);
            return true;
        }

        public override bool VisitCode(CodeCondition condition, RecordSchema scope)
        {
            CompileTruth(condition, scope);
            foreach (var read in condition.Reads)
            {
                _tracer.PrepareGetter(read, scope);
            }

            return true;
        }

        public override bool VisitFinding(FindingCondition condition, RecordSchema scope) => CompileTruth(condition, scope);

        public override bool VisitFindingCount(FindingCountCondition condition, RecordSchema scope) => CompileTruth(condition, scope);

        public override bool VisitBalance(BalanceCondition condition, RecordSchema scope) => CompileTruth(condition, scope);

        private bool PrepareList(Condition condition, FactAccess collection, Condition? where, RecordSchema scope)
        {
            CompileTruth(condition, scope);
            _tracer.PrepareGetter(collection, scope);
            _tracer.PrepareLabel(collection);
            return where is null || Visit(where, collection.Field.Record!);
        }

        private bool CompileTruth(Condition condition, RecordSchema scope)
        {
            var scopeParameter = Expression.Parameter(typeof(object), "scope");
            var rootParameter = Expression.Parameter(typeof(object), "root");
            var outcomesParameter = Expression.Parameter(ConditionCompiler.OutcomesType, "outcomes");
            var body = _conditions.Compile(condition, Expression.Convert(scopeParameter, scope.ClrType), outcomesParameter, Expression.Convert(rootParameter, FactSchema.Default.Root.ClrType));
            _tracer._truths[condition] = _tracer._compiler.Compile(Expression.Lambda<Func<object, object, OutcomeTable?, Truth>>(body, scopeParameter, rootParameter, outcomesParameter));
            return true;
        }
    }
}
