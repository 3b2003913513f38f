namespace PartnershipRules.Facts;

/// <summary>The sector a partner organisation belongs to.</summary>
public enum Sector
{
    /// <summary>Public sector.</summary>
    Public,

    /// <summary>Private sector.</summary>
    Private,

    /// <summary>An established voluntary or non-profit organisation.</summary>
    Voluntary,

    /// <summary>A local community group or organisation.</summary>
    Community,
}
