namespace PartnershipRules.Facts;

/// <summary>The observation checklist: case-worker judgements on relational and qualitative matters that cannot be derived from structured data. A null item is not recorded.</summary>
public sealed class Observations
{
    /// <summary>Case-worker observation: do the people involved trust each other?</summary>
    [Question("Do the people involved trust each other?")]
    public Observation? Trust { get; init; }

    /// <summary>Case-worker observation: is the project owned jointly rather than by one partner?</summary>
    [Question("Is the project owned jointly rather than by one partner?")]
    public Observation? SharedOwnership { get; init; }

    /// <summary>Case-worker observation: do front-line staff and volunteers feel ownership of the joint work?</summary>
    [Question("Do front-line staff and volunteers feel ownership of the joint work?")]
    public Observation? FrontlineOwnership { get; init; }

    /// <summary>Case-worker observation: are partners committed to learning from each other and changing as a result?</summary>
    [Question("Are partners committed to learning from each other and changing as a result?")]
    public Observation? LearningCommitment { get; init; }

    /// <summary>Case-worker observation: is the partnership based on interests the partners genuinely share?</summary>
    [Question("Is the partnership based on interests the partners genuinely share?")]
    public Observation? SharedInterests { get; init; }

    /// <summary>Case-worker observation: are partners' geographic/administrative boundaries different or fragmented?</summary>
    [Question("Are partners' geographic/administrative boundaries different or fragmented?")]
    public Observation? BoundariesDiffer { get; init; }

    /// <summary>Case-worker observation: do partners' aims differ?</summary>
    [Question("Do partners' aims differ?")]
    public Observation? AimsDiffer { get; init; }

    /// <summary>Case-worker observation: do organisational cultures differ in ways that cause difficulty?</summary>
    [Question("Do organisational cultures differ in ways that cause difficulty?")]
    public Observation? CultureDiffers { get; init; }

    /// <summary>Case-worker observation: do procedures differ in ways that cause difficulty?</summary>
    [Question("Do procedures differ in ways that cause difficulty?")]
    public Observation? ProceduresDiffer { get; init; }

    /// <summary>Case-worker observation: do ideologies, values or professional understandings differ?</summary>
    [Question("Do ideologies, values or professional understandings differ?")]
    public Observation? ValuesDiffer { get; init; }

    /// <summary>Case-worker observation: do partners hold conflicting views about users' interests and roles?</summary>
    [Question("Do partners hold conflicting views about users' interests and roles?")]
    public Observation? UserRolesConflict { get; init; }

    /// <summary>Case-worker observation: are there communication difficulties?</summary>
    [Question("Are there communication difficulties?")]
    public Observation? CommunicationDifficulties { get; init; }

    /// <summary>Case-worker observation: do partners perceive power differently / as unequal?</summary>
    [Question("Do partners perceive power differently / as unequal?")]
    public Observation? PowerPerceivedUnequal { get; init; }

    /// <summary>
    /// Case-worker observation: is conflict between the partner agencies or their professionals going unresolved or
    /// handled badly? Who disagrees matters (Tett and Jones pull apart here): dissent from community members is recorded
    /// on the forums (<see cref="DecisionForum.CommunityDisagreementRecorded"/>), where for Tett it is a sign of health.
    /// </summary>
    [Question("Is conflict between the partner agencies or their professionals going unresolved or handled badly? (Record dissent from community members on the forums instead.)")]
    public Observation? ConflictUnmanaged { get; init; }

    /// <summary>Case-worker observation: are there inter-professional rivalries or conflicts?</summary>
    [Question("Are there inter-professional rivalries or conflicts?")]
    public Observation? ProfessionalRivalry { get; init; }

    /// <summary>Case-worker observation: are expectations unrealistic given resources and time?</summary>
    [Question("Are expectations unrealistic given resources and time?")]
    public Observation? ExpectationsUnrealistic { get; init; }

    /// <summary>Case-worker observation: do partners bring very different expectations and world-views?</summary>
    [Question("Do partners bring very different expectations and world-views?")]
    public Observation? ExpectationsDivergent { get; init; }

    /// <summary>Case-worker observation: is the return on partners' staff/time investment unclear to them?</summary>
    [Question("Is the return on partners' staff/time investment unclear to them?")]
    public Observation? ReturnUnclear { get; init; }

    /// <summary>Case-worker observation: do the agencies' structures fit together uncomfortably?</summary>
    [Question("Do the agencies' structures fit together uncomfortably?")]
    public Observation? StructuralMisfit { get; init; }

    /// <summary>Case-worker observation: do the partner organisations have very similar functions?</summary>
    [Question("Do the partner organisations have very similar functions?")]
    public Observation? VerySimilarFunctions { get; init; }

    /// <summary>Case-worker observation: are the rules and the boundaries of what can be decided set from above?</summary>
    [Question("Are the rules and the boundaries of what can be decided set from above?")]
    public Observation? BoundariesSetFromAbove { get; init; }

    /// <summary>Case-worker observation: were key decisions made before community partners joined, leaving them to endorse?</summary>
    [Question("Were key decisions made before community partners joined, leaving them to endorse?")]
    public Observation? ValidationOnly { get; init; }

    /// <summary>Case-worker observation: are resources (and hence control) very unequal between partners?</summary>
    [Question("Are resources (and hence control) very unequal between partners?")]
    public Observation? ResourceAsymmetry { get; init; }

    /// <summary>Case-worker observation: are community representatives being pulled away from the people they represent?</summary>
    [Question("Are community representatives being pulled away from the people they represent?")]
    public Observation? RepsDetached { get; init; }

    /// <summary>Case-worker observation: are dissenting community voices being silenced or absorbed?</summary>
    [Question("Are dissenting community voices being silenced or absorbed?")]
    public Observation? DissentSilenced { get; init; }

    /// <summary>Case-worker observation: do partners express deficit stereotypes of the community?</summary>
    [Question("Do partners express deficit stereotypes of the community?")]
    public Observation? DeficitStereotyping { get; init; }

    /// <summary>Case-worker observation: do public/private partners' cultures and structures block community-prioritised issues?</summary>
    [Question("Do public/private partners' cultures and structures block community-prioritised issues?")]
    public Observation? CulturesIncompatibleWithCommunity { get; init; }

    /// <summary>Case-worker observation: do plans assume one community view/consensus?</summary>
    [Question("Do plans assume one community view/consensus?")]
    public Observation? ConsensusAssumed { get; init; }

    /// <summary>Case-worker observation: do rules and audit requirements substitute for trust?</summary>
    [Question("Do rules and audit requirements substitute for trust?")]
    public Observation? AuditReplacesTrust { get; init; }

    /// <summary>Case-worker observation: do partners understand the agreed aims differently?</summary>
    [Question("Do partners understand the agreed aims differently?")]
    public Observation? AimsInterpretedDifferently { get; init; }

    /// <summary>Case-worker observation: do partners define the problem being addressed differently?</summary>
    [Question("Do partners define the problem being addressed differently?")]
    public Observation? IssueDefinedDifferently { get; init; }

    /// <summary>Case-worker observation: are partners committed unevenly to different strands of the work?</summary>
    [Question("Are partners committed unevenly to different strands of the work?")]
    public Observation? UnevenCommitment { get; init; }

    /// <summary>Case-worker observation: is there a critical mass of enthusiastic participants?</summary>
    [Question("Is there a critical mass of enthusiastic participants?")]
    public Observation? CriticalMass { get; init; }

    /// <summary>Case-worker observation: do participants like each other / get on personally?</summary>
    [Question("Do participants like each other / get on personally?")]
    public Observation? Liking { get; init; }

    /// <summary>Case-worker observation: is socialising between partners' staff teams encouraged?</summary>
    [Question("Is socialising between partners' staff teams encouraged?")]
    public Observation? StaffSocialising { get; init; }

    /// <summary>Case-worker observation: do partners describe a 'shared ethos' as a reason for success?</summary>
    [Question("Do partners describe a 'shared ethos' as a reason for success?")]
    public Observation? SharedEthosReported { get; init; }

    /// <summary>Case-worker observation: do professionals treat their own techniques as superior and push them on others?</summary>
    [Question("Do professionals treat their own techniques as superior and push them on others?")]
    public Observation? ProfessionalImperialism { get; init; }

    /// <summary>Case-worker observation: do professionals stereotype each other's professions negatively?</summary>
    [Question("Do professionals stereotype each other's professions negatively?")]
    public Observation? NegativeStereotyping { get; init; }
}
