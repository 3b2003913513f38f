namespace PartnershipRules.Facts;

/// <summary>A stage of partnership work in which the community may be involved (after Tett).</summary>
public enum InvolvementStage
{
    /// <summary>Needs identification.</summary>
    NeedsIdentification,

    /// <summary>Agenda setting and policy development.</summary>
    AgendaSettingPolicy,

    /// <summary>Programme planning and design, and bidding.</summary>
    PlanningDesignBidding,

    /// <summary>Setting the rules of the game.</summary>
    DecisionRules,

    /// <summary>Allocation and control of resources.</summary>
    ResourceAllocation,

    /// <summary>Implementation and service delivery.</summary>
    ImplementationDelivery,

    /// <summary>Setting the criteria for monitoring and evaluation.</summary>
    MonitoringEvaluationCriteria,

    /// <summary>Defining success.</summary>
    SuccessDefinition,
}
