using System;
using System.Collections.Generic;
using PartnershipRules.Diagnostics;

namespace PartnershipRules.Reviews;

/// <summary>A finding of an earlier assessment, as a report or a store keeps it.</summary>
public sealed class PreviousFinding
{
    /// <summary>Creates one.</summary>
    /// <param name="fingerprint">Its <see cref="FindingIdentity.Fingerprint"/>.</param>
    /// <param name="ruleId">The rule that reported it.</param>
    /// <param name="severity">Its severity then.</param>
    /// <param name="message">Its message then.</param>
    /// <param name="evidenceDigest">Its <see cref="FindingIdentity.EvidenceDigest"/>, if known (without it, a change of evidence is not seen).</param>
    /// <param name="records">The records it named (<see cref="FindingIdentity.Records"/>), if known.</param>
    public PreviousFinding(string fingerprint, string ruleId, Severity severity, string message, string? evidenceDigest = null, IReadOnlyList<string>? records = null)
    {
        Records = records ?? Array.Empty<string>();
        Fingerprint = fingerprint ?? throw new ArgumentNullException(nameof(fingerprint));
        RuleId = ruleId ?? throw new ArgumentNullException(nameof(ruleId));
        Severity = severity;
        Message = message ?? throw new ArgumentNullException(nameof(message));
        EvidenceDigest = evidenceDigest;
    }

    /// <summary>Its identity.</summary>
    public string Fingerprint { get; }

    /// <summary>The rule that reported it.</summary>
    public string RuleId { get; }

    /// <summary>Its severity then.</summary>
    public Severity Severity { get; }

    /// <summary>Its message then.</summary>
    public string Message { get; }

    /// <summary>The records it named then, by identity; empty when not known or about the partnership as a whole.</summary>
    public IReadOnlyList<string> Records { get; }

    /// <summary>What its evidence said then, as a digest; null when not known.</summary>
    public string? EvidenceDigest { get; }
}
