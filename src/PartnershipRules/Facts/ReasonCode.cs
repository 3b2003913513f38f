namespace PartnershipRules.Facts;

/// <summary>A stated reason for collaborating.</summary>
public enum ReasonCode
{
    /// <summary>To avoid duplicating work.</summary>
    AvoidDuplication,

    /// <summary>To fill a gap in provision.</summary>
    FillGap,

    /// <summary>To prevent partners' actions from conflicting.</summary>
    PreventConflictingActions,

    /// <summary>To share resources and add value.</summary>
    ShareResourcesAddValue,

    /// <summary>To broaden the scale or scope of the work.</summary>
    BroadenScaleScope,

    /// <summary>The issue is too complex for one organisation.</summary>
    ComplexIssue,

    /// <summary>Funding incentives or a mandate require it.</summary>
    IncentivesOrMandate,

    /// <summary>To share knowledge and information.</summary>
    ShareKnowledgeInformation,

    /// <summary>To innovate and try new approaches.</summary>
    InnovationNewApproaches,

    /// <summary>For professional learning and reflexivity.</summary>
    ProfessionalLearningReflexivity,

    /// <summary>To meet local needs and address a democratic deficit.</summary>
    LocalNeedsDemocraticDeficit,

    /// <summary>To gain local legitimacy.</summary>
    LocalLegitimacy,
}
