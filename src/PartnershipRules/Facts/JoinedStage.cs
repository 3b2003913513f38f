namespace PartnershipRules.Facts;

/// <summary>When a partner joined the partnership.</summary>
public enum JoinedStage
{
    /// <summary>At the outset.</summary>
    Outset,

    /// <summary>After the partnership was established.</summary>
    AfterEstablishment,
}
