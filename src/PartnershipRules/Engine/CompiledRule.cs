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

    private readonly Lazy<BranchCriteria> _criteria;

    public CompiledRule(RuleDefinition definition, int priority, bool isRead, DelegateCompiler compiler)
    {
        Definition = definition;
        Priority = priority;
        IsRead = isRead;
        _compiler = compiler;
        _tracer = new Lazy<ConditionTracer>(CreateTracer, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
        _balance = BalanceCondition.Within(definition.Condition);
        _criteria = new Lazy<BranchCriteria>(() => new BranchCriteria(definition.Descriptor.Criteria, BranchLabels.All(definition.Condition)), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public RuleDefinition Definition { get; }

    /// <summary>Composite rules run after the rules they read: lower priority the deeper they sit.</summary>
    public int Priority { get; }

    public RuleDescriptor Descriptor => Definition.Descriptor;

    /// <summary>Whether a composite rule reads this rule's outcome (only then is the outcome inserted as a fact).</summary>
    public bool IsRead { get; }

    /// <summary>Called by the NRules action when the rule fired, could not be decided, or does not apply.</summary>
    public void Record(IContext context, EvaluationSubject subject, IEnumerable<RuleOutcome>? outcomes)
    {
        subject.CheckTimeBudget();
        var outcome = Evaluate(subject, outcomes);
        subject.Outcomes[Descriptor.Id] = outcome;
        if (IsRead)
        {
            context.Insert(outcome);
        }
    }

    public RuleOutcome Evaluate(EvaluationSubject subject, IEnumerable<RuleOutcome>? outcomes)
    {
        var tracer = _tracer.Value;
        var partnership = subject.Partnership;
        var applies = Definition.AppliesWhen is null ? null : tracer.Trace(Definition.AppliesWhen, partnership, string.Empty, outcomes);
        var condition = tracer.Trace(Definition.Condition, partnership, string.Empty, outcomes);
        var outcome = Kleene.Gate(applies?.Value ?? Truth.True, condition.Value);
        RuleResult result;
        switch (outcome)
        {
            case Outcome.Fired:
                result = new RuleResult(Descriptor, outcome, BuildFinding(condition, subject, tracer, outcomes), Array.Empty<MissingFact>());
                break;
            case Outcome.InsufficientInformation:
                var leaves = new List<TraceNode>();
                if (applies is { Value: Truth.Unknown })
                {
                    TraceReading.Deciding(applies, leaves, null);
                }

                if (condition.Value != Truth.False)
                {
                    TraceReading.Deciding(condition, leaves, null);
                }

                result = new RuleResult(Descriptor, outcome, null, Missing(leaves, subject, UndecidedDependencies(leaves, outcomes)));
                break;
            default:
                result = RuleResult.Quiet(Descriptor, outcome);
                break;
        }

        return new RuleOutcome(Descriptor.Id, outcome, result);
    }

    /// <summary>Traces the precondition and the condition again, for an explanation.</summary>
    public (TraceNode? AppliesWhen, TraceNode Condition) Trace(EvaluationSubject subject, IEnumerable<RuleOutcome>? outcomes)
    {
        var tracer = _tracer.Value;
        var applies = Definition.AppliesWhen is null ? null : tracer.Trace(Definition.AppliesWhen, subject.Partnership, string.Empty, outcomes);
        return (applies, tracer.Trace(Definition.Condition, subject.Partnership, string.Empty, outcomes));
    }

    private Finding BuildFinding(TraceNode condition, EvaluationSubject subject, ConditionTracer tracer, IEnumerable<RuleOutcome>? outcomes)
    {
        var leaves = new List<TraceNode>();
        var matches = new List<string>();
        TraceReading.Deciding(condition, leaves, matches);
        // First occurrence of each fact and value, in trace order; located only once kept (this runs per finding).
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
                evidence.Add(new EvidenceItem(Locate(path, subject), value, leaf.Note));
            }
            else if (evidence[at].Note is null && leaf.Note is not null)
            {
                // The same fact read twice (e.g. 'is known', then followed as a reference): keep what the second says.
                evidence[at] = new EvidenceItem(evidence[at].Location, value, leaf.Note);
            }
        }

        var location = evidence.Find(e => e.Location.Path != "findings")?.Location ?? Locate(string.Empty, subject);
        var labels = new List<BranchLabel>();
        TraceReading.Labels(condition, labels);
        return new Finding(Descriptor, Descriptor.DefaultSeverity, Render(subject, tracer, matches, labels, outcomes), location, evidence, _criteria.Value.Shown(labels));
    }

    private string Render(EvaluationSubject subject, ConditionTracer tracer, List<string> matches, List<BranchLabel> labels, IEnumerable<RuleOutcome>? outcomes)
    {
        var text = new StringBuilder();
        foreach (var part in Definition.Message.Parts)
        {
            if (part.Literal is not null)
            {
                text.Append(part.Literal);
            }
            else if (part.Fact is not null)
            {
                text.Append(tracer.Read(part.Fact, subject.Partnership));
            }
            else if (part.IsSignals)
            {
                text.Append(Signals.Sentence(_balance!, outcomes));
            }
            else if (part.IsBecause)
            {
                // The loader makes sure a label decides every way of firing (PRL031); the fallback is for safety.
                var words = labels.Where(l => l.Because is not null).Select(l => l.Because!).Distinct(StringComparer.Ordinal).ToList();
                text.Append(words.Count == 0 ? "(no reason named)" : EnglishList.Join(words));
            }
            else
            {
                text.Append(matches.Count == 0 ? "(none named)" : string.Join(", ", matches.Distinct(StringComparer.Ordinal)));
            }
        }

        return text.ToString();
    }

    /// <summary>The first occurrence of each missing fact, in trace order, then the inherited ones not already named.</summary>
    private static List<MissingFact> Missing(List<TraceNode> leaves, EvaluationSubject subject, IEnumerable<MissingFact> inherited)
    {
        var missing = new List<MissingFact>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leaf in leaves)
        {
            if (leaf.State != FactState.Known && leaf.Path is not null && seen.Add(leaf.Path))
            {
                missing.Add(new MissingFact(Locate(leaf.Path, subject), leaf.State, leaf.Field?.Question ?? string.Empty));
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
    private IEnumerable<MissingFact> UndecidedDependencies(List<TraceNode> leaves, IEnumerable<RuleOutcome>? outcomes)
    {
        if (outcomes is null || !leaves.Exists(l => l.Value == Truth.Unknown && l.Condition is { ReadsOutcomes: true }))
        {
            return Array.Empty<MissingFact>();
        }

        return outcomes
            .Where(o => o.Outcome == Outcome.InsufficientInformation && Definition.DependsOn.Contains(o.RuleId))
            .SelectMany(o => o.Result.MissingFacts);
    }

    private static FactLocation Locate(string path, EvaluationSubject subject) => new(path, subject.SourceMap?.Find(path));

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
