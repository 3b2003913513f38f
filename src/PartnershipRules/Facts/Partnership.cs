using System;
using System.Collections.Generic;

namespace PartnershipRules.Facts;

/// <summary>The facts recorded about one partnership being assessed (the case).</summary>
public sealed class Partnership
{
    /// <summary>Identifier of the partnership.</summary>
    [Question("What identifier does the case use for this partnership?")]
    public string? Id { get; init; }

    /// <summary>Name of the partnership.</summary>
    [Question("What is the partnership called?")]
    public string? Name { get; init; }

    /// <summary>Whether the partnership works at strategic/policy level or on projects/operational delivery.</summary>
    [Question("Does the partnership work at strategic/policy level, on projects/operational delivery, or both?")]
    public Fact<PartnershipLevel> Level { get; init; }

    /// <summary>
    /// The date the case describes: when these facts were recorded. Rules that ask "how long ago" measure from it,
    /// never from the clock, so a case gives the same results whenever it is evaluated.
    /// </summary>
    [Question("On what date were these facts recorded (the date of this assessment)?")]
    public Fact<DateTime> AssessedOn
    {
        get => _assessedOn;
        init => _assessedOn = value;
    }

    private Fact<DateTime> _assessedOn;

    /// <summary>Date the partnership started (or is planned to start).</summary>
    [Question("When did the partnership start (or when is it planned to start)?")]
    public Fact<DateTime> StartDate { get; init; }

    /// <summary>Planned end date, if time-limited.</summary>
    [Question("If the partnership is time-limited, when is it planned to end?")]
    public Fact<DateTime> PlannedEndDate { get; init; }

    /// <summary>How the partnership came about.</summary>
    [Question("How did the partnership come about: on the partners' own initiative, through a funder's incentive, or by statutory or policy mandate?")]
    public Fact<FormationRoute> FormationRoute { get; init; }

    /// <summary>Stated reasons for collaborating, each flagged with whether concrete evidence has been recorded.</summary>
    [Question("What reasons do the partners give for collaborating, and has concrete evidence (e.g. the duplicated task, the unmet need) been recorded for each?")]
    public IReadOnlyList<StatedReason>? Reasons { get; init; }

    /// <summary>Whether options other than partnership were considered and the choice recorded.</summary>
    [Question("Were options other than partnership considered, and the choice recorded?")]
    public Fact<bool> AlternativesConsidered { get; init; }

    /// <summary>Whether every partner can state why it is collaborating and what the joint effort should achieve.</summary>
    [Question("Can every partner state why it is collaborating and what the joint effort should achieve?")]
    public Fact<PurposeClarity> PurposeClarity { get; init; }

    /// <summary>Whether it is agreed which work is done jointly and which stays with each partner.</summary>
    [Question("Is it agreed (ideally in writing) which work is done jointly and which stays with each partner?")]
    public Fact<bool> JointVsSeparateWorkAgreed { get; init; }

    /// <summary>Status of the terms of reference / agreed agenda.</summary>
    [Question("Are there terms of reference (or an agreed agenda), and were they negotiated by all partners or written by the lead only?")]
    public Fact<TermsOfReferenceStatus> TermsOfReference { get; init; }

    /// <summary>Whether common goals exist and partners are committed to implementing them.</summary>
    [Question("Are there agreed common goals, and are the partners committed to implementing them?")]
    public Fact<CommonGoalsStatus> CommonGoals { get; init; }

    /// <summary>Whether there is an explicit written statement of shared vision/purpose and values.</summary>
    [Question("Is there an explicit written statement of shared vision/purpose based on joint values?")]
    public Fact<SharedVisionStatus> SharedVisionStatement { get; init; }

    /// <summary>Whether the partnership sits within a longer-term community development strategy.</summary>
    [Question("Does the partnership sit within a longer-term community development strategy?")]
    public Fact<bool> LongTermStrategyLink { get; init; }

    /// <summary>Whether time and resources were set aside for all relevant interests to explore ways forward before the programme was fixed.</summary>
    [Question("Were time and resources set aside for all relevant interests to explore ways forward before the programme was fixed?")]
    public Fact<bool> MetaStrategyProcess { get; init; }

    /// <summary>Shape of the objectives.</summary>
    [Question("Are the objectives small gains within a long-term strategy, big objectives only, or a mix?")]
    public Fact<ObjectiveScale> ObjectiveScale { get; init; }

    /// <summary>Case-worker judgement of whether the timescale fits the change sought.</summary>
    [Question("Does the timescale allow gradual change, or is it short relative to the aims?")]
    public Fact<TimescaleAssessment> TimescaleAssessment { get; init; }

    /// <summary>Whether funders/politicians are demanding quick or immediate results.</summary>
    [Question("Are funders or politicians demanding quick or immediate results?")]
    public Fact<bool> QuickResultsPressure { get; init; }

    /// <summary>Whether there is an agreed mechanism for negotiating differences / handling conflict.</summary>
    [Question("Is there an agreed mechanism for negotiating differences and handling conflict?")]
    public Fact<bool> NegotiationMechanism { get; init; }

    /// <summary>Whether power and conflict have been explicitly discussed and addressed.</summary>
    [Question("Have power and conflict been explicitly discussed and addressed (e.g. an agenda item, a written protocol)?")]
    public Fact<bool> ConflictAndPowerAddressed { get; init; }

    /// <summary>Status of the financial and management arrangements.</summary>
    [Question("Are the financial and management arrangements documented, and are they understood by all partners?")]
    public Fact<FinancialArrangementsStatus> FinancialManagementArrangements { get; init; }

    /// <summary>Whether the hidden costs of partnership working have been estimated or budgeted.</summary>
    [Question("Have the hidden costs (meeting time, management, lead-agency work) been estimated or budgeted?")]
    public Fact<bool> ProcessCostsEstimated { get; init; }

    /// <summary>How information about the work and participants is shared between partners.</summary>
    [Question("How is information about the work and participants shared between partners: routinely and openly, partially, or rarely?")]
    public Fact<InformationSharing> InformationSharing { get; init; }

    /// <summary>Whether partners have had a forum/time to discuss key concepts and their value bases.</summary>
    [Question("Have partners had a forum or time to discuss what they mean by empowerment, involvement, consent, inclusion and their value bases?")]
    public Fact<bool> ConceptsDebateForum { get; init; }

    /// <summary>Date structures and processes were last reviewed for how far they include community voices.</summary>
    [Question("When were the structures and processes last reviewed for how far they include community voices?")]
    public Fact<DateTime> InclusionReviewDate { get; init; }

    /// <summary>Whether other plans/partnerships cover the same client group or task.</summary>
    [Question("Do other plans or partnerships cover the same client group or task?")]
    public Fact<bool> OverlappingPartnerships { get; init; }

    /// <summary>Whether the partnership has recorded what contributed to success or failure.</summary>
    [Question("Has the partnership recorded what contributed to its success or failure?")]
    public Fact<bool> SuccessFactorsDocumented { get; init; }

    /// <summary>
    /// What the partners put the partnership's success down to, in their own account (an interview, a review). A list:
    /// partners often name more than one thing; <c>[]</c> records that they name nothing.
    /// </summary>
    [Question("What do the partners put the partnership's success down to: personal relationships between post-holders (e.g. two senior officers who are friends), a local champion, the commitment and skills of the people involved, procedures they agreed, or something else?")]
    public IReadOnlyList<SuccessAttribution>? SuccessAttributedTo { get; init; }

    /// <summary>Whether the approach is meant to be replicated elsewhere.</summary>
    [Question("Is the approach meant to be replicated elsewhere?")]
    public Fact<bool> ReplicationIntended { get; init; }

    /// <summary>Sufficiency of time, staff energy, money and accommodation for partnership work.</summary>
    public ResourceSufficiency Resources { get; init; } = new();

    /// <summary>Who defined 'the community' the partnership serves.</summary>
    [Question("Who defined 'the community' the partnership serves: the community itself, by negotiation, or the funder?")]
    public Fact<CommunityDefinitionSource> CommunityDefinitionSource { get; init; }

    /// <summary>Whether an explicit principle gives every partner equivalent status irrespective of resources.</summary>
    [Question("Is there an explicit principle that gives every partner equivalent status irrespective of resources (no core/peripheral members)?")]
    public Fact<bool> EquivalentStatusPrinciple { get; init; }

    /// <summary>Whether partners can contribute as much as they wish and in ways appropriate to them.</summary>
    [Question("Can partners contribute as much as they wish and in ways appropriate to them?")]
    public Fact<bool> FlexibleContributionOpportunities { get; init; }

    /// <summary>Whether benchmarks for community participation have been set.</summary>
    [Question("Have benchmarks for community participation been set?")]
    public Fact<bool> ParticipationBenchmarks { get; init; }

    /// <summary>Community organisations that sought or were proposed for membership but were excluded, with the reason given.</summary>
    [Question("Which community organisations sought or were proposed for membership but were excluded, and for what reason?")]
    public IReadOnlyList<ExcludedOrganisation>? ExcludedCommunityOrganisations { get; init; }

    /// <summary>Community groups that could have joined and chose to stay outside, with their reason.</summary>
    [Question("Which community groups could have joined the partnership but chose to stay outside, and why?")]
    public IReadOnlyList<OutsideCommunityGroup>? CommunityGroupsOutside { get; init; }

    /// <summary>The member organisations, including community groups.</summary>
    [Question("Which organisations (including community groups) are members of the partnership?")]
    public IReadOnlyList<Partner>? Partners { get; init; }

    /// <summary>The funding streams supporting the partnership.</summary>
    [Question("Which funding streams support the partnership?")]
    public IReadOnlyList<FundingStream>? Funding { get; init; }

    /// <summary>The boards, steering groups and working groups of the partnership.</summary>
    [Question("Which boards, steering groups or working groups does the partnership have?")]
    public IReadOnlyList<DecisionForum>? Forums { get; init; }

    /// <summary>Summary of community involvement.</summary>
    public CommunityInvolvement Involvement { get; init; } = new();

    /// <summary>Accountability and monitoring and evaluation.</summary>
    public MonitoringAndEvaluation Monitoring { get; init; } = new();

    /// <summary>Whose outcomes the work serves.</summary>
    public OutcomeFocus Outcomes { get; init; } = new();

    /// <summary>The case worker's observation checklist.</summary>
    public Observations Observations { get; init; } = new();

    /// <summary>
    /// A copy dated by the host's clock, for a case that does not record its assessment date. Shallow: every other
    /// fact is the same object, and the caller's partnership is not changed.
    /// </summary>
    internal Partnership DatedOn(DateTime date)
    {
        var copy = (Partnership)MemberwiseClone();
        copy._assessedOn = Fact<DateTime>.Of(date.Date);
        return copy;
    }
}
