namespace PartnershipRules.Facts;

/// <summary>Shape of a partnership's objectives.</summary>
public enum ObjectiveScale
{
    /// <summary>Small gains within a long-term strategy.</summary>
    SmallGainsWithinLongTermStrategy,

    /// <summary>Big objectives only.</summary>
    BigObjectivesOnly,

    /// <summary>A mixture of both.</summary>
    Mixed,
}
