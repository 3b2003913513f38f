using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.Model;

namespace PartnershipRules.Assessment;

/// <summary>
/// One thing to act on: the findings whose evidence rests on the same fact of the same record (a missing negotiation
/// mechanism, a partner's instability), with the strongest severity among them, every rule and criterion they cover,
/// and their advice merged. Several rules that fire on one missing fact are one issue, not several.
/// </summary>
public sealed class Issue
{
    internal Issue(string id, RecordReference record, string fact, IReadOnlyList<Finding> findings)
    {
        Id = id;
        Record = record;
        Fact = fact;
        // The lead: an open finding before a suppressed one, the most severe, a reason to avoid collaborating before
        // other kinds at the same severity (it is what the verdict rests on), then report order (a stable sort).
        Findings = findings
            .OrderBy(f => f.IsSuppressed)
            .ThenByDescending(f => f.Severity)
            .ThenByDescending(f => f.Descriptor.Kind == RuleKind.AvoidCollaboration)
            .ToList();
        var open = Findings.Where(f => !f.IsSuppressed).ToList();
        Lead = Findings[0];
        Severity = Lead.Severity;
        IsSuppressed = open.Count == 0;
        RuleIds = Findings.Select(f => f.RuleId).ToList();
        Criteria = Findings.SelectMany(f => f.Criteria).Distinct().ToList();
        Categories = Findings.Select(f => f.Descriptor.Category).Distinct().OrderBy(c => c).ToList();
        Advice = Findings.Select(f => f.Advice.Trim()).Distinct().ToList();
        IsReasonToAvoid = open.Any(f => f.Descriptor.Kind == RuleKind.AvoidCollaboration);
        CallsForAction = open.Any(PartnershipAssessment.IsConcern);
        IsStrength = !CallsForAction && open.Count > 0 && open.All(f => PartnershipAssessment.InFavour(f.Descriptor, f));
    }

    /// <summary>
    /// Its identity: the record's (by name or id) and the fact's, e.g. <c>partner:Dunmarra Council/stability</c>; the
    /// same across evaluations of the same partnership, whatever order its lists are in.
    /// </summary>
    public string Id { get; }

    /// <summary>The record the issue is about.</summary>
    public RecordReference Record { get; }

    /// <summary>The fact of that record (a field, or a nested record such as the involvement at each stage); empty when the issue rests on no one fact.</summary>
    public string Fact { get; }

    /// <summary>The findings, the lead first.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The finding that heads the issue: not suppressed, the most severe, a reason to avoid collaborating before other kinds, then first in report order.</summary>
    public Finding Lead { get; }

    /// <summary>The headline: the lead finding's message.</summary>
    public string Headline => Lead.Message;

    /// <summary>The strongest severity among the findings not set aside.</summary>
    public Severity Severity { get; }

    /// <summary>Whether every finding of the issue is suppressed (set aside with a justification).</summary>
    public bool IsSuppressed { get; }

    /// <summary>Whether a finding of the issue is a circumstance in which collaboration is best avoided.</summary>
    public bool IsReasonToAvoid { get; }

    /// <summary>
    /// Whether something is to be done: a finding not set aside is a barrier, a missing condition, a risk, a reason to
    /// avoid collaborating or a weak reason. Only such issues are priorities; the others are recorded strengths or
    /// classifications, listed for information.
    /// </summary>
    public bool CallsForAction { get; }

    /// <summary>Whether the issue records a point in the partnership's favour (a condition present, a substantive reason to collaborate).</summary>
    public bool IsStrength { get; }

    /// <summary>The rules it covers, the lead's first.</summary>
    public IReadOnlyList<string> RuleIds { get; }

    /// <summary>The criteria of the catalogue it covers.</summary>
    public IReadOnlyList<string> Criteria { get; }

    /// <summary>The areas of the papers it touches.</summary>
    public IReadOnlyList<RuleCategory> Categories { get; }

    /// <summary>What to do: the findings' advice, each once, the lead's first.</summary>
    public IReadOnlyList<string> Advice { get; }

    /// <summary>
    /// Where it is: the lead finding's location, or, when the lead rests on another finding (a composite), the first
    /// of the issue's findings that points at a fact of the case.
    /// </summary>
    public FactLocation Location => Findings.Select(f => f.Location).Prepend(Lead.Location).FirstOrDefault(l => l.Path.Length > 0 && !l.Path.StartsWith("findings", System.StringComparison.Ordinal)) ?? Lead.Location;
}
