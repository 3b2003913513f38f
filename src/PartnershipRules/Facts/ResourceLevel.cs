namespace PartnershipRules.Facts;

/// <summary>How sufficient a resource is for partnership work.</summary>
public enum ResourceLevel
{
    /// <summary>Adequate.</summary>
    Adequate,

    /// <summary>Constrained.</summary>
    Constrained,

    /// <summary>Extremely limited.</summary>
    ExtremelyLimited,
}
