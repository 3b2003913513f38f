namespace PartnershipRules.Facts;

/// <summary>The kind of resource a partner contributes.</summary>
public enum ContributionType
{
    /// <summary>Money.</summary>
    Money,

    /// <summary>Staff time.</summary>
    StaffTime,

    /// <summary>Accommodation or premises.</summary>
    Accommodation,

    /// <summary>Equipment or IT.</summary>
    EquipmentIt,

    /// <summary>Services.</summary>
    Services,

    /// <summary>Knowledge or expertise.</summary>
    KnowledgeExpertise,

    /// <summary>Information.</summary>
    Information,

    /// <summary>Experience.</summary>
    Experience,

    /// <summary>Local legitimacy.</summary>
    LocalLegitimacy,

    /// <summary>Voluntary effort.</summary>
    VoluntaryEffort,

    /// <summary>Another kind of resource.</summary>
    Other,
}
