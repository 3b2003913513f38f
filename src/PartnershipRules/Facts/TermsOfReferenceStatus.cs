namespace PartnershipRules.Facts;

/// <summary>Status of the terms of reference or agreed agenda.</summary>
public enum TermsOfReferenceStatus
{
    /// <summary>Written and negotiated by all partners.</summary>
    WrittenAndNegotiatedByAll,

    /// <summary>Written by the lead partner only.</summary>
    WrittenByLeadOnly,

    /// <summary>There are no terms of reference.</summary>
    None,
}
