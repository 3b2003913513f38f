namespace PartnershipRules.Facts;

/// <summary>A kind of indicator used for monitoring and evaluation.</summary>
public enum IndicatorType
{
    /// <summary>Hard outputs.</summary>
    HardOutputs,

    /// <summary>Agency targets.</summary>
    AgencyTargets,

    /// <summary>Soft outcomes.</summary>
    SoftOutcomes,

    /// <summary>Outcomes defined by participants.</summary>
    ParticipantDefinedOutcomes,

    /// <summary>Community learning.</summary>
    CommunityLearning,

    /// <summary>Economic change.</summary>
    EconomicChange,
}
