namespace PartnershipRules.Facts;

/// <summary>Whether partners share success measures.</summary>
public enum SuccessMeasures
{
    /// <summary>A shared set of measures.</summary>
    SharedSet,

    /// <summary>Partner-specific measures only.</summary>
    PartnerSpecificOnly,

    /// <summary>A shared set plus partner-specific measures.</summary>
    SharedPlusPartnerSpecific,
}
