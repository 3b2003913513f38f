namespace PartnershipRules.Facts;

/// <summary>The highest level at which community partners or members take part in a stage, lowest first.</summary>
[OrderedValues]
public enum InvolvementLevel
{
    /// <summary>Not involved.</summary>
    None,

    /// <summary>Informed.</summary>
    Informed,

    /// <summary>Consulted.</summary>
    Consulted,

    /// <summary>Takes part.</summary>
    Participates,

    /// <summary>Shares decisions.</summary>
    SharesDecisions,

    /// <summary>Controls.</summary>
    Controls,
}
