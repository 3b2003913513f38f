namespace PartnershipRules.Facts;

/// <summary>The type of funder behind a funding stream.</summary>
public enum FundingSource
{
    /// <summary>Central government.</summary>
    CentralGovernment,

    /// <summary>Devolved government.</summary>
    DevolvedGovernment,

    /// <summary>A local authority.</summary>
    LocalAuthority,

    /// <summary>The lottery or a charitable trust.</summary>
    LotteryOrTrust,

    /// <summary>European funding.</summary>
    European,

    /// <summary>The private sector.</summary>
    PrivateSector,

    /// <summary>The partners' own funds.</summary>
    PartnersOwn,
}
