namespace PartnershipRules.Facts;

/// <summary>How a funding stream was obtained.</summary>
public enum FundingAllocation
{
    /// <summary>A competitive bid.</summary>
    CompetitiveBid,

    /// <summary>A formula or allocation.</summary>
    FormulaOrAllocation,

    /// <summary>A negotiated grant.</summary>
    NegotiatedGrant,

    /// <summary>A contract.</summary>
    Contract,
}
