namespace PartnershipRules.Facts;

/// <summary>Case-worker judgement of whether the timescale fits the change sought.</summary>
public enum TimescaleAssessment
{
    /// <summary>The timescale allows gradual change.</summary>
    AllowsGradualChange,

    /// <summary>The timescale is short relative to the aims.</summary>
    ShortRelativeToAims,
}
