namespace PartnershipRules.Facts;

/// <summary>A stated reason for collaborating.</summary>
public sealed class StatedReason
{
    /// <summary>The reason.</summary>
    [Question("What reason for collaborating is stated?")]
    public Fact<ReasonCode> Code { get; init; }

    /// <summary>Whether concrete evidence for the reason (e.g. the duplicated task, the unmet need) has been recorded.</summary>
    [Question("Has concrete evidence for this reason (e.g. the duplicated task, the unmet need) been recorded?")]
    public Fact<bool> EvidenceRecorded { get; init; }
}
