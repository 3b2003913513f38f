namespace PartnershipRules.Facts;

/// <summary>How information about the work and participants is shared between partners.</summary>
public enum InformationSharing
{
    /// <summary>Routinely and openly.</summary>
    RoutineOpen,

    /// <summary>Partially.</summary>
    Partial,

    /// <summary>Rarely.</summary>
    Rare,
}
