namespace PartnershipRules.Facts;

/// <summary>Whether common goals exist and partners are committed to them.</summary>
public enum CommonGoalsStatus
{
    /// <summary>Goals are agreed and partners are committed to implementing them.</summary>
    AgreedAndCommitted,

    /// <summary>Goals are agreed but partners are not committed to implementing them.</summary>
    AgreedNotCommitted,

    /// <summary>No common goals are agreed.</summary>
    NotAgreed,
}
