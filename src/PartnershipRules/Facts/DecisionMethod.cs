namespace PartnershipRules.Facts;

/// <summary>How a forum of the partnership reaches its decisions.</summary>
public enum DecisionMethod
{
    /// <summary>By consensus: a decision stands when nobody objects.</summary>
    Consensus,

    /// <summary>By a vote of the members.</summary>
    Vote,

    /// <summary>The chair or the lead partner decides, after hearing the members.</summary>
    ChairOrLeadDecides,
}
