namespace PartnershipRules.Facts;

/// <summary>Representation of black and minority ethnic communities.</summary>
public enum BmeRepresentation
{
    /// <summary>Distinct groups are represented and resourced.</summary>
    DistinctGroupsRepresentedAndResourced,

    /// <summary>They are treated as a single group.</summary>
    TreatedAsSingleGroup,

    /// <summary>They are not represented.</summary>
    NotRepresented,

    /// <summary>Not applicable to this partnership.</summary>
    NotApplicable,
}
