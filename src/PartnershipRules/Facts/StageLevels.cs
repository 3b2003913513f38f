namespace PartnershipRules.Facts;

/// <summary>The highest level at which community partners or members take part in each stage of the work.</summary>
public sealed class StageLevels
{
    /// <summary>Community involvement in needs identification.</summary>
    [Question("At what level do community members take part in needs identification?")]
    public Fact<InvolvementLevel> NeedsIdentification { get; init; }

    /// <summary>Community involvement in agenda setting and policy development.</summary>
    [Question("At what level do community members take part in agenda setting and policy development?")]
    public Fact<InvolvementLevel> AgendaSettingPolicy { get; init; }

    /// <summary>Community involvement in programme planning, design and bidding.</summary>
    [Question("At what level do community members take part in programme planning, design and bidding?")]
    public Fact<InvolvementLevel> PlanningDesignBidding { get; init; }

    /// <summary>Community involvement in setting the rules of the game.</summary>
    [Question("At what level do community members take part in setting the rules of the game?")]
    public Fact<InvolvementLevel> DecisionRules { get; init; }

    /// <summary>Community involvement in allocating and controlling resources.</summary>
    [Question("At what level do community members take part in allocating and controlling resources?")]
    public Fact<InvolvementLevel> ResourceAllocation { get; init; }

    /// <summary>Community involvement in implementation and service delivery.</summary>
    [Question("At what level do community members take part in implementation and service delivery?")]
    public Fact<InvolvementLevel> ImplementationDelivery { get; init; }

    /// <summary>Community involvement in setting the criteria for monitoring and evaluation.</summary>
    [Question("At what level do community members take part in setting the criteria for monitoring and evaluation?")]
    public Fact<InvolvementLevel> MonitoringEvaluationCriteria { get; init; }

    /// <summary>Community involvement in defining success.</summary>
    [Question("At what level do community members take part in defining success?")]
    public Fact<InvolvementLevel> SuccessDefinition { get; init; }
}
