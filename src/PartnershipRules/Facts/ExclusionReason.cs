namespace PartnershipRules.Facts;

/// <summary>The reason given for excluding a community organisation from membership.</summary>
public enum ExclusionReason
{
    /// <summary>The organisation was thought too small.</summary>
    TooSmall,

    /// <summary>The organisation was deemed unrepresentative.</summary>
    DeemedUnrepresentative,

    /// <summary>Another reason.</summary>
    Other,
}
