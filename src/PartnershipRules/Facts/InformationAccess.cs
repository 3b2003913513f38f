namespace PartnershipRules.Facts;

/// <summary>A community partner's access to information relative to other partners.</summary>
public enum InformationAccess
{
    /// <summary>Full access, including research and specialist information.</summary>
    FullInclResearchAndSpecialist,

    /// <summary>The same access as other partners.</summary>
    SameAsOtherPartners,

    /// <summary>Limited access.</summary>
    Limited,
}
