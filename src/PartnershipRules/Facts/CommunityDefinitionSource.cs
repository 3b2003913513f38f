namespace PartnershipRules.Facts;

/// <summary>Who defined the community a partnership serves.</summary>
public enum CommunityDefinitionSource
{
    /// <summary>The community defined itself.</summary>
    SelfDefinedByCommunity,

    /// <summary>Negotiated between the community and the partners.</summary>
    Negotiated,

    /// <summary>Predetermined by the funder.</summary>
    PredeterminedByFunder,
}
