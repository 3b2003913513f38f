using System.Collections.Generic;
using PartnershipRules.Diagnostics;

namespace PartnershipRules.Model;

/// <summary>The outcome of one rule for one partnership.</summary>
public sealed class RuleResult
{
    private readonly ResultDetails _details;

    /// <summary>A result whose missing facts come with its details (worked out when first read, for the engine's).</summary>
    internal RuleResult(RuleDescriptor descriptor, Outcome outcome, Finding? finding, ResultDetails details, Severity? severity = null)
    {
        Descriptor = descriptor;
        Severity = severity ?? finding?.Severity ?? descriptor.DefaultSeverity;
        Outcome = outcome;
        Finding = finding;
        _details = details;
    }

    /// <summary>The rule.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>The rule id.</summary>
    public string RuleId => Descriptor.Id;

    /// <summary>
    /// The rule's effective severity (after configuration): its finding's, when it fired, and the severity a finding
    /// would have had otherwise, by which an assessment weighs what an undecided rule could still show.
    /// </summary>
    public Severity Severity { get; }

    /// <summary>Fired, not fired, insufficient information, or not applicable.</summary>
    public Outcome Outcome { get; }

    /// <summary>The finding, when <see cref="Outcome"/> is <see cref="Outcome.Fired"/>.</summary>
    public Finding? Finding { get; }

    /// <summary>For <see cref="Outcome.InsufficientInformation"/>: the facts that would decide the rule.</summary>
    public IReadOnlyList<MissingFact> MissingFacts => _details.MissingFacts;

    internal RuleResult WithFinding(Finding finding) => new(Descriptor, Outcome, finding, _details, finding.Severity);

    internal RuleResult WithSeverity(Severity severity) => new(Descriptor, Outcome, Finding?.WithSeverity(severity), _details, severity);

    internal static RuleResult Quiet(RuleDescriptor descriptor, Outcome outcome) => new(descriptor, outcome, null, ResultDetails.None);
}
