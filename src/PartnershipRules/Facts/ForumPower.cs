namespace PartnershipRules.Facts;

/// <summary>What a decision forum can do.</summary>
public enum ForumPower
{
    /// <summary>Set the agenda.</summary>
    SetAgenda,

    /// <summary>Make decisions.</summary>
    MakeDecisions,

    /// <summary>Set the rules.</summary>
    SetRules,

    /// <summary>Allocate resources.</summary>
    AllocateResources,

    /// <summary>Set evaluation criteria.</summary>
    SetEvaluationCriteria,

    /// <summary>Advise only.</summary>
    AdviseOnly,
}
