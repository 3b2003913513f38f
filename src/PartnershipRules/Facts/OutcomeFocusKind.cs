namespace PartnershipRules.Facts;

/// <summary>Whose outcomes are primary.</summary>
public enum OutcomeFocusKind
{
    /// <summary>The participants'.</summary>
    Participants,

    /// <summary>The partner agencies' targets.</summary>
    PartnerAgencyTargets,

    /// <summary>A mixture of both.</summary>
    Mixed,
}
