namespace PartnershipRules.Facts;

/// <summary>Uncompensated human and material costs a partner bears, relative to others.</summary>
public enum CostBurden
{
    /// <summary>None.</summary>
    None,

    /// <summary>Moderate.</summary>
    Moderate,

    /// <summary>Disproportionate.</summary>
    Disproportionate,
}
