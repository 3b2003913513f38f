using System.Collections.Generic;

namespace PartnershipRules.Facts;

/// <summary>A member organisation of the partnership (including community groups).</summary>
public sealed class Partner
{
    /// <summary>Identifier of the partner.</summary>
    [Question("What identifier does the case use for this partner?")]
    public string? Id { get; init; }

    /// <summary>Organisation name.</summary>
    [Question("What is the organisation called?")]
    public string? Name { get; init; }

    /// <summary>Sector: public, private, voluntary or community.</summary>
    [Question("Is the organisation public, private, voluntary (established non-profit) or community (local community group)?")]
    public Fact<Sector> Sector { get; init; }

    /// <summary>Role in the partnership.</summary>
    [Question("Is the organisation the lead partner or an ordinary partner?")]
    public Fact<PartnerRole> Role { get; init; }

    /// <summary>Whether this organisation holds/accounts for the money.</summary>
    [Question("Does this organisation hold and account for the partnership's money?")]
    public Fact<bool> IsAccountableBody { get; init; }

    /// <summary>When it joined.</summary>
    [Question("Did the organisation join at the outset or after the partnership was established?")]
    public Fact<JoinedStage> JoinedStage { get; init; }

    /// <summary>Whether membership was voluntary.</summary>
    [Question("Did the organisation choose to join, was it included for a funding incentive, or was it designated without a choice?")]
    public Fact<ParticipationBasis> ParticipationBasis { get; init; }

    /// <summary>
    /// Whether the organisation is a statutory body with a duty to provide the service or to take part (a council
    /// service, a health board): a partnership cannot simply do without it, so its instability is a risk to plan for
    /// rather than a reason to avoid collaborating.
    /// </summary>
    [Question("Is the organisation a statutory body with a legal duty to provide this service or to take part (e.g. a council service or a health board)?")]
    public Fact<bool> StatutoryDuty { get; init; }

    /// <summary>Case-worker judgement of the organisation's stability.</summary>
    [Question("Is the organisation stable, or unstable (e.g. restructuring, funding crisis, high staff turnover)?")]
    public Fact<PartnerStability> Stability { get; init; }

    /// <summary>Main way the organisation is funded.</summary>
    [Question("What is the main way the organisation is funded?")]
    public Fact<FundingBasis> FundingBasis { get; init; }

    /// <summary>Geographic/administrative area the organisation covers.</summary>
    [Question("What geographic or administrative area does the organisation cover?")]
    public Fact<string> ServiceBoundary { get; init; }

    /// <summary>The organisation's own targets/outcomes it expects the partnership to serve.</summary>
    [Question("What targets or outcomes of its own does the organisation expect the partnership to serve?")]
    public IReadOnlyList<string>? PriorityOutcomes { get; init; }

    /// <summary>Professional groups the organisation brings.</summary>
    [Question("Which professional groups does the organisation bring (e.g. youth work, careers, FE teaching, police)?")]
    public IReadOnlyList<string>? Professions { get; init; }

    /// <summary>Whether its staff have allocated time for joint work.</summary>
    [Question("Do the organisation's staff have allocated time for joint work, ad hoc time only, or none?")]
    public Fact<StaffTimeForJointWork> StaffTimeForJointWork { get; init; }

    /// <summary>Whether the other partners acknowledge this organisation's unique contribution.</summary>
    [Question("Do the other partners acknowledge this organisation's unique contribution?")]
    public Fact<bool> ContributionRecognised { get; init; }

    /// <summary>Whether it has voiced concern about loss of autonomy/control.</summary>
    [Question("Has the organisation voiced concern about losing autonomy or control?")]
    public Fact<bool> ConcernAutonomy { get; init; }

    /// <summary>Whether it has voiced concern about sharing or losing credit.</summary>
    [Question("Has the organisation voiced concern about sharing or losing credit?")]
    public Fact<bool> ConcernCredit { get; init; }

    /// <summary>Willing to surrender some power to define the focus of action.</summary>
    [Question("Is the organisation willing to surrender some power to define the focus of action?")]
    public Fact<bool> AcceptsJointAgenda { get; init; }

    /// <summary>Willing to surrender some control of resources.</summary>
    [Question("Is the organisation willing to surrender some control of resources?")]
    public Fact<bool> AcceptsJointResourcing { get; init; }

    /// <summary>Willing to surrender some control over staff time and loyalty.</summary>
    [Question("Is the organisation willing to surrender some control over staff time and loyalty?")]
    public Fact<bool> AcceptsJointWorking { get; init; }

    /// <summary>Whether internal pressures pull against joint working.</summary>
    [Question("Do internal pressures (own strategy, efficiency drives) pull the organisation against joint working?")]
    public Fact<bool> InternalPressureToTightenControl { get; init; }

    /// <summary>Whether statutory/legal constraints limit its partnership working.</summary>
    [Question("Do statutory or legal constraints limit the organisation's partnership working?")]
    public Fact<bool> StatutoryRestrictions { get; init; }

    /// <summary>Whether it has stated a commitment to community empowerment.</summary>
    [Question("Has the organisation stated a commitment to community empowerment?")]
    public Fact<bool> CommittedToCommunityEmpowerment { get; init; }

    /// <summary>Whether it has stated its position on / approach to the marginalised communities concerned.</summary>
    [Question("Has the organisation stated its position on, or approach to, the marginalised communities concerned?")]
    public Fact<bool> PositionOnMarginalisedCommunitiesStated { get; init; }

    /// <summary>Its managers' commitment to the partnership.</summary>
    [Question("How committed are the organisation's managers to the partnership: high, moderate or low?")]
    public Fact<CommitmentLevel> ManagerCommitment { get; init; }

    /// <summary>Human/material costs it bears that are not compensated, relative to others.</summary>
    [Question("Relative to others, does the organisation bear uncompensated human or material costs: none, moderate or disproportionate?")]
    public Fact<CostBurden> UncompensatedCostBurden { get; init; }

    /// <summary>[community/voluntary partners] Capacity and resources for effective involvement in decision making.</summary>
    [Question("Does the organisation have adequate or limited capacity and resources for effective involvement in decision making?")]
    public Fact<Capacity> OrganisationalCapacity { get; init; }

    /// <summary>[community partners] Access to independent specialist advice.</summary>
    [Question("Does the community partner have access to independent specialist advice?")]
    public Fact<bool> IndependentAdviceAccess { get; init; }

    /// <summary>[community partners] Access to information relative to other partners.</summary>
    [Question("Compared with other partners, does the community partner have full access to information (including research and specialist information), the same access, or limited access?")]
    public Fact<InformationAccess> InformationAccess { get; init; }

    /// <summary>[community partners] Able to respond on its own terms and at a manageable pace.</summary>
    [Question("Can the community partner respond on its own terms and at a manageable pace?")]
    public Fact<bool> SetsOwnPace { get; init; }

    /// <summary>[community partners] Able to advance its own agenda within the partnership.</summary>
    [Question("Can the community partner advance its own agenda within the partnership?")]
    public Fact<bool> PursuesOwnAgenda { get; init; }

    /// <summary>[community partners] Its priorities oppose the partnership's/dominant agenda.</summary>
    [Question("Do the community partner's priorities oppose the partnership's or the dominant agenda (e.g. campaigning against a closure)?")]
    public Fact<bool> OppositionalPriorities { get; init; }

    /// <summary>[community partners] Receives capacity-building/education on how the partnership works.</summary>
    [Question("Does the community partner receive capacity building or education on how the partnership works?")]
    public Fact<bool> CapacityBuildingSupport { get; init; }

    /// <summary>[community partners] Supported by a community worker.</summary>
    [Question("Is the community partner supported by a community worker?")]
    public Fact<bool> CommunityWorkerSupport { get; init; }

    /// <summary>[community partners] Burden of monitoring/reporting on it.</summary>
    [Question("How heavy is the monitoring and reporting burden on the community partner: low, moderate or high?")]
    public Fact<BurdenLevel> MonitoringBurden { get; init; }

    /// <summary>The people who sit in the partnership for this partner.</summary>
    [Question("Who sits in the partnership for this partner?")]
    public IReadOnlyList<Representative>? Representatives { get; init; }

    /// <summary>The resources this partner brings (money and non-money).</summary>
    [Question("What resources (money and non-money) does this partner bring?")]
    public IReadOnlyList<ResourceContribution>? Contributions { get; init; }
}
