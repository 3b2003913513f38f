namespace PartnershipRules.Facts;

/// <summary>Level of commitment to the partnership.</summary>
public enum CommitmentLevel
{
    /// <summary>High.</summary>
    High,

    /// <summary>Moderate.</summary>
    Moderate,

    /// <summary>Low.</summary>
    Low,
}
