namespace PartnershipRules.Facts;

/// <summary>The main way a partner organisation is funded.</summary>
public enum FundingBasis
{
    /// <summary>A statutory allocation.</summary>
    StatutoryAllocation,

    /// <summary>Commissioned contracts.</summary>
    CommissionedContract,

    /// <summary>Competitive grants.</summary>
    CompetitiveGrants,

    /// <summary>Charitable donations.</summary>
    CharitableDonations,

    /// <summary>Commercial income.</summary>
    CommercialIncome,

    /// <summary>Volunteer effort only.</summary>
    VolunteerOnly,

    /// <summary>A mixture of sources.</summary>
    Mixed,
}
