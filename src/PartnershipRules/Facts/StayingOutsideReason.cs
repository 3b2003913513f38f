namespace PartnershipRules.Facts;

/// <summary>Why a community group chose not to join the partnership.</summary>
public enum StayingOutsideReason
{
    /// <summary>It pursues priorities that oppose the partnership's agenda (e.g. campaigning against a closure).</summary>
    OppositionalPriorities,

    /// <summary>It lacks the time, people or money to take part.</summary>
    LacksCapacity,

    /// <summary>Another reason.</summary>
    Other,
}
