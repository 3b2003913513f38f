namespace PartnershipRules.Facts;

/// <summary>Whether partners work to the same outcomes.</summary>
public enum OutcomeAlignment
{
    /// <summary>The same outcomes.</summary>
    SameOutcomes,

    /// <summary>The same activity with a different emphasis.</summary>
    SameActivityDifferentEmphasis,

    /// <summary>Divergent outcomes.</summary>
    Divergent,
}
