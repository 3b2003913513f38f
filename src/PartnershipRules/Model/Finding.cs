using System.Collections.Generic;
using PartnershipRules.Diagnostics;

namespace PartnershipRules.Model;

/// <summary>
/// Advice about one partnership from one rule, like a Roslyn diagnostic: the rule's descriptor, the effective
/// severity, a message about this partnership, where, the evidence, the advice and the citations.
/// </summary>
public sealed class Finding
{
    private readonly ResultDetails _details;

    internal Finding(RuleDescriptor descriptor, Severity severity, string message, ResultDetails details, IReadOnlyList<string>? criteria = null)
    {
        Criteria = criteria ?? descriptor.Criteria;
        Descriptor = descriptor;
        Severity = severity;
        Message = message;
        _details = details;
    }

    /// <summary>The rule that produced it.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>The rule id.</summary>
    public string RuleId => Descriptor.Id;

    /// <summary>The effective severity.</summary>
    public Severity Severity { get; }

    /// <summary>The message about this partnership.</summary>
    public string Message { get; }

    /// <summary>The fact that triggered it (worked out from a trace of the rule the first time it is read).</summary>
    public FactLocation Location => _details.Location;

    /// <summary>The facts and values that made the rule fire (worked out from a trace of the rule the first time it is read).</summary>
    public IReadOnlyList<EvidenceItem> Evidence => _details.Evidence;

    /// <summary>What to do (from the descriptor).</summary>
    public string Advice => Descriptor.Advice;

    /// <summary>Where the research says so (from the descriptor).</summary>
    public IReadOnlyList<Citation> Citations => Descriptor.Citations;

    /// <summary>
    /// The criterion keys this finding's evidence shows: the rule's criteria, less those that belong to branches of its
    /// condition that did not decide this finding (<c>criteria:</c> beside a branch in the rule file).
    /// </summary>
    public IReadOnlyList<string> Criteria { get; }

    /// <summary>The suppression that applies to this finding, or null. A suppressed finding never fails a check.</summary>
    public Suppression? Suppression { get; private init; }

    /// <summary>Whether a suppression applies.</summary>
    public bool IsSuppressed => Suppression is not null;

    /// <summary>
    /// Suppressions limited to a record (e.g. <c>partners[1]</c>) that cover part of this finding while it also
    /// concerns other records: the finding stays reported, and the part set aside is shown with its justification.
    /// </summary>
    public IReadOnlyList<Suppression> PartlySetAside { get; private init; } = System.Array.Empty<Suppression>();

    internal Finding WithSeverity(Severity severity) => new(Descriptor, severity, Message, _details, Criteria) { Suppression = Suppression, PartlySetAside = PartlySetAside };

    internal Finding WithSuppression(Suppression suppression) => new(Descriptor, Severity, Message, _details, Criteria) { Suppression = suppression };

    internal Finding WithPartlySetAside(IReadOnlyList<Suppression> suppressions) => new(Descriptor, Severity, Message, _details, Criteria) { PartlySetAside = suppressions };

    /// <inheritdoc />
    public override string ToString() => Severity + " " + RuleId + ": " + Message;
}
