using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NRules.RuleModel;
using PartnershipRules.Facts;
using PartnershipRules.Facts.Schema;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;
using PartnershipRules.RuleLanguage.Conditions;

namespace PartnershipRules.Engine;

/// <summary>
/// A rule ready to run: its NRules action records the outcome, building the finding (message, location, evidence)
/// or the list of missing facts from a trace of the condition.
/// </summary>
internal sealed class CompiledRule
{
    private readonly Lazy<ConditionTracer> _tracer;

    private readonly DelegateCompiler _compiler;

    // The balance a {signals} placeholder describes (the loader admits the placeholder only where there is one).
    private readonly BalanceCondition? _balance;

    private readonly BranchCriteria _criteria;

    private readonly Lazy<DecidingReader> _reader;

    // What the message needs: the items matched, the branch labels, and whether only a full trace can give them.
    private readonly bool _usesMatches;
    private readonly bool _hasLabels;
    private readonly bool _messageFromTrace;

    private readonly RuleResult _notApplicable;

    private readonly bool _callsHostCode;

    public CompiledRule(RuleDefinition definition, int depth, DelegateCompiler compiler)
    {
        Definition = definition;
        Depth = depth;
        _compiler = compiler;
        _tracer = new Lazy<ConditionTracer>(CreateTracer, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
        _balance = BalanceCondition.Within(definition.Condition);
        var labels = BranchLabels.All(definition.Condition);
        _criteria = new BranchCriteria(definition.Descriptor.Criteria, labels);
        _reader = new Lazy<DecidingReader>(() => new DecidingReader(_tracer.Value, definition.Condition), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
        _usesMatches = definition.Message.Parts.Any(p => p.Literal is null && p.Fact is null && !p.IsSignals && !p.IsBecause);
        _hasLabels = labels.Count > 0;
        _messageFromTrace = _usesMatches && DecidingReader.JoinsInItems(definition.Condition);
        _notApplicable = RuleResult.Quiet(definition.Descriptor, Outcome.NotApplicable);
        var callsHostCode = false;
        foreach (var root in new[] { definition.Condition, definition.AppliesWhen })
        {
            if (root is not null)
            {
                BranchLabels.Walk(root, (c, _) => callsHostCode |= c is CodeCondition);
            }
        }

        _callsHostCode = callsHostCode;
        NotFired = RuleResult.Quiet(definition.Descriptor, Outcome.NotFired);
    }

    public RuleDefinition Definition { get; }

    /// <summary>How many layers of composite rules this rule sits on: 0 for a rule that reads only facts.</summary>
    public int Depth { get; }

    public RuleDescriptor Descriptor => Definition.Descriptor;

    /// <summary>Called by the NRules action when the rule fired, could not be decided, or does not apply.</summary>
    public void Record(EvaluationSubject subject, OutcomeTable? outcomes)
    {
        // Past the budget the rule is not decided (its condition may be what is slow): the result is incomplete.
        if (!subject.CheckTimeBudget())
        {
            subject.Outcomes.Add(Evaluate(subject, outcomes));
        }
    }

    public RuleOutcome Evaluate(EvaluationSubject subject, OutcomeTable? outcomes) =>
        Evaluate(subject.Partnership, subject.SourceMap, outcomes);

    /// <summary>
    /// Decides the rule and builds what every caller gets: the outcome and, for a finding, its message and criteria.
    /// The location, evidence and missing facts are worked out from a full trace only when a caller reads them.
    /// </summary>
    public RuleOutcome Evaluate(Partnership partnership, CaseSourceMap? sourceMap, OutcomeTable? outcomes)
    {
        var reader = _reader.Value;
        var at = new ConditionTracer.Place(partnership, string.Empty, outcomes, partnership);
        var applies = Definition.AppliesWhen is null ? Truth.True : reader.Value(Definition.AppliesWhen, at);
        var outcome = applies == Truth.False ? Outcome.NotApplicable : Kleene.Gate(applies, reader.Value(Definition.Condition, at));
        RuleResult result;
        switch (outcome)
        {
            case Outcome.Fired:
                var details = DeferDetails(partnership, sourceMap, outcomes, fired: true);
                var (message, criteria) = Message(reader, at);
                result = new RuleResult(Descriptor, outcome, new Finding(Descriptor, Descriptor.DefaultSeverity, message, details, criteria), details);
                break;
            case Outcome.InsufficientInformation:
                result = new RuleResult(Descriptor, outcome, null, DeferDetails(partnership, sourceMap, outcomes, fired: false));
                break;
            default:
                result = outcome == Outcome.NotApplicable ? _notApplicable : RuleResult.Quiet(Descriptor, outcome);
                break;
        }

        return new RuleOutcome(Descriptor.Id, outcome, result);
    }

    /// <summary>
    /// The details of a result, traced when first read. A rule that calls host code is traced now, inside its NRules
    /// action, so that a failure of that code is contained and reported like any other rather than thrown at a reader.
    /// </summary>
    private ResultDetails DeferDetails(Partnership partnership, CaseSourceMap? sourceMap, OutcomeTable? outcomes, bool fired)
    {
        var details = new TracedDetails(this, partnership, sourceMap, Snapshot(outcomes), fired);
        if (_callsHostCode)
        {
            _ = details.MissingFacts;
        }

        return details;
    }

    /// <summary>The result of a rule whose condition was false (the same object every time: it holds nothing of the case).</summary>
    public RuleResult NotFired { get; }

    /// <summary>Traces the precondition and the condition, for an explanation or a result's details.</summary>
    public (TraceNode? AppliesWhen, TraceNode Condition) Trace(Partnership partnership, OutcomeTable? outcomes)
    {
        var tracer = _tracer.Value;
        var applies = Definition.AppliesWhen is null ? null : tracer.Trace(Definition.AppliesWhen, partnership, string.Empty, outcomes);
        return (applies, tracer.Trace(Definition.Condition, partnership, string.Empty, outcomes));
    }

    /// <summary>
    /// The message of a finding and the criteria it names. The items matched and the branches that decided it are
    /// read without a trace, except where an item's name carries a join, which only a full trace records.
    /// </summary>
    private (string Message, IReadOnlyList<string> Criteria) Message(DecidingReader reader, ConditionTracer.Place at)
    {
        var matches = _usesMatches ? new List<string>() : null;
        var labels = _hasLabels ? new List<BranchLabel>() : null;
        if (_messageFromTrace)
        {
            ReadTrace(at.Scope, at.Outcomes, matches, labels);
        }
        else
        {
            if (matches is not null)
            {
                reader.Matches(Definition.Condition, at, Truth.True, matches);
            }

            if (labels is not null)
            {
                reader.Labels(Definition.Condition, at, Truth.True, labels);
            }
        }

        var message = Render((Partnership)at.Root, matches, labels, at.Outcomes);
        return (message, labels is null ? Descriptor.Criteria : _criteria.Shown(labels));
    }

    /// <summary>The message and criteria as a full trace gives them: what the agreement test compares the fast reading with.</summary>
    internal (string Message, IReadOnlyList<string> Criteria) MessageFromTrace(Partnership partnership, OutcomeTable? outcomes)
    {
        var matches = new List<string>();
        var labels = new List<BranchLabel>();
        ReadTrace(partnership, outcomes, matches, labels);
        return (Render(partnership, matches, labels, outcomes), _criteria.Shown(labels));
    }

    /// <summary>The matched items and deciding labels of a full trace of the condition.</summary>
    private void ReadTrace(object partnership, OutcomeTable? outcomes, List<string>? matches, List<BranchLabel>? labels)
    {
        var trace = _tracer.Value.Trace(Definition.Condition, partnership, string.Empty, outcomes);
        TraceReading.Deciding(trace, new List<TraceNode>(), matches);
        if (labels is not null)
        {
            TraceReading.Labels(trace, labels);
        }
    }

    /// <summary>Where a finding points and its evidence, or an undecided rule's missing facts, from a full trace.</summary>
    internal (FactLocation Location, IReadOnlyList<EvidenceItem> Evidence, IReadOnlyList<MissingFact> Missing) TraceDetails(Partnership partnership, CaseSourceMap? sourceMap, OutcomeTable? outcomes, bool fired)
    {
        var (applies, condition) = Trace(partnership, outcomes);
        var leaves = new List<TraceNode>();
        if (fired)
        {
            TraceReading.Deciding(condition, leaves, null);
            var evidence = Evidence(leaves, sourceMap);
            var location = evidence.Find(e => e.Location.Path != "findings")?.Location ?? Locate(string.Empty, sourceMap);
            return (location, evidence, Array.Empty<MissingFact>());
        }

        if (applies is { Value: Truth.Unknown })
        {
            TraceReading.Deciding(applies, leaves, null);
        }

        if (condition.Value != Truth.False)
        {
            TraceReading.Deciding(condition, leaves, null);
        }

        return (Locate(string.Empty, sourceMap), Array.Empty<EvidenceItem>(), Missing(leaves, sourceMap, UndecidedDependencies(leaves, outcomes)));
    }

    /// <summary>The first occurrence of each fact and value, in trace order.</summary>
    private static List<EvidenceItem> Evidence(List<TraceNode> leaves, CaseSourceMap? sourceMap)
    {
        var evidence = new List<EvidenceItem>(leaves.Count);
        var seen = new Dictionary<(string Path, string Value), int>();
        foreach (var leaf in leaves)
        {
            if (leaf.State != FactState.Known)
            {
                continue;
            }

            var path = leaf.Path ?? "findings";
            var value = leaf.ValueText ?? string.Empty;
            if (!seen.TryGetValue((path, value), out var at))
            {
                seen.Add((path, value), evidence.Count);
                evidence.Add(new EvidenceItem(Locate(path, sourceMap), value, leaf.Note));
            }
            else if (evidence[at].Note is null && leaf.Note is not null)
            {
                // The same fact read twice (e.g. 'is known', then followed as a reference): keep what the second says.
                evidence[at] = new EvidenceItem(evidence[at].Location, value, leaf.Note);
            }
        }

        return evidence;
    }

    /// <summary>
    /// What a composite rule read, kept for its details: the outcomes of the rules it depends on, in the order they
    /// were decided (the session's own table is reused by the next evaluation).
    /// </summary>
    private OutcomeTable? Snapshot(OutcomeTable? outcomes) => outcomes?.Select(Definition.DependsOn);

    private string Render(Partnership partnership, List<string>? matches, List<BranchLabel>? labels, OutcomeTable? outcomes)
    {
        var text = MessageBuffer ??= new StringBuilder(256);
        text.Clear();
        foreach (var part in Definition.Message.Parts)
        {
            if (part.Literal is not null)
            {
                text.Append(part.Literal);
            }
            else if (part.Fact is not null)
            {
                text.Append(_tracer.Value.Read(part.Fact, partnership));
            }
            else if (part.IsSignals)
            {
                text.Append(Signals.Sentence(_balance!, outcomes));
            }
            else if (part.IsBecause)
            {
                // The loader makes sure a label decides every way of firing (PRL031); the fallback is for safety.
                var words = labels?.Where(l => l.Because is not null).Select(l => l.Because!).Distinct(StringComparer.Ordinal).ToList();
                text.Append(words is null || words.Count == 0 ? "(no reason named)" : EnglishList.Join(words));
            }
            else
            {
                text.Append(matches is null || matches.Count == 0 ? "(none named)" : string.Join(", ", matches.Distinct(StringComparer.Ordinal)));
            }
        }

        return text.ToString();
    }

    /// <summary>The first occurrence of each missing fact, in trace order, then the inherited ones not already named.</summary>
    private static List<MissingFact> Missing(List<TraceNode> leaves, CaseSourceMap? sourceMap, IEnumerable<MissingFact> inherited)
    {
        var missing = new List<MissingFact>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leaf in leaves)
        {
            if (leaf.State != FactState.Known && leaf.Path is not null && seen.Add(leaf.Path))
            {
                missing.Add(new MissingFact(Locate(leaf.Path, sourceMap), leaf.State, leaf.Field?.Question ?? string.Empty));
            }
        }

        foreach (var fact in inherited)
        {
            if (seen.Add(fact.Location.Path))
            {
                missing.Add(fact);
            }
        }

        return missing;
    }

    /// <summary>
    /// A composite rule is undecided because rules it reads are undecided; the facts that would decide it are theirs,
    /// so a case worker is told what to find out rather than which rules were unsure.
    /// </summary>
    private IEnumerable<MissingFact> UndecidedDependencies(List<TraceNode> leaves, OutcomeTable? outcomes)
    {
        if (outcomes is null || !leaves.Exists(l => l.Value == Truth.Unknown && l.Condition is { ReadsOutcomes: true }))
        {
            return Array.Empty<MissingFact>();
        }

        return outcomes
            .Where(o => o.Outcome == Outcome.InsufficientInformation && Definition.DependsOn.Contains(o.RuleId))
            .SelectMany(o => o.Result.MissingFacts);
    }

    private static FactLocation Locate(string path, CaseSourceMap? sourceMap) => new(path, sourceMap?.Find(path));

    // One buffer per thread for messages: a message is built in it and copied out once, at its exact length.
    [ThreadStatic]
    private static StringBuilder? MessageBuffer;

    private ConditionTracer CreateTracer()
    {
        var root = FactSchema.Default.Root;
        var roots = new List<(Condition, RecordSchema)> { (Definition.Condition, root) };
        if (Definition.AppliesWhen is not null)
        {
            roots.Add((Definition.AppliesWhen, root));
        }

        var tracer = new ConditionTracer(roots, _compiler);
        foreach (var part in Definition.Message.Parts.Where(p => p.Fact is not null))
        {
            tracer.PrepareGetter(part.Fact!, root);
        }

        return tracer;
    }
}
