namespace PartnershipRules.Facts;

/// <summary>A representative's position in the partnership.</summary>
public enum RepresentativePosition
{
    /// <summary>Chair.</summary>
    Chair,

    /// <summary>Member.</summary>
    Member,
}
