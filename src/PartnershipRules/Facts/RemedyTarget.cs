namespace PartnershipRules.Facts;

/// <summary>Whom or what remedies are aimed at.</summary>
public enum RemedyTarget
{
    /// <summary>Individuals, families and the community only.</summary>
    IndividualsFamiliesCommunityOnly,

    /// <summary>Socio-economic structural causes too.</summary>
    StructuralCausesToo,
}
