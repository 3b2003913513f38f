namespace PartnershipRules.Facts;

/// <summary>Whether a partner's membership was voluntary.</summary>
public enum ParticipationBasis
{
    /// <summary>The partner chose to join.</summary>
    ChoseToJoin,

    /// <summary>The partner was included because funding rewarded its inclusion.</summary>
    IncludedForFundingIncentive,

    /// <summary>The partner was designated without a choice.</summary>
    DesignatedWithoutChoice,
}
