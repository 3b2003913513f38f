namespace PartnershipRules.Facts;

/// <summary>Level of a monitoring, reporting or administrative burden.</summary>
public enum BurdenLevel
{
    /// <summary>Low.</summary>
    Low,

    /// <summary>Moderate.</summary>
    Moderate,

    /// <summary>High.</summary>
    High,
}
