namespace PartnershipRules.Facts;

/// <summary>A person who sits in the partnership for a partner.</summary>
public sealed class Representative
{
    /// <summary>Name of the person.</summary>
    [Question("What is the representative's name?")]
    public string? Name { get; init; }

    /// <summary>Position in the partnership.</summary>
    [Question("Is the person the chair or a member?")]
    public Fact<RepresentativePosition> Position { get; init; }

    /// <summary>How the person was chosen.</summary>
    [Question("How was the person chosen: by a manager for fit (enthusiasm, commitment, inter-personal skills), by a manager for availability or seniority, as a volunteer, elected or mandated by constituents, or ex officio?")]
    public Fact<SelectionMethod> SelectionMethod { get; init; }

    /// <summary>Case-worker judgement: enthusiastic and committed to the partnership.</summary>
    [Question("Is the person enthusiastic and committed to the partnership?")]
    public Fact<bool> EnthusiasticCommitted { get; init; }

    /// <summary>Case-worker judgement of social, inter-personal and networking skills.</summary>
    [Question("Are the person's social, inter-personal and networking skills strong, adequate or weak?")]
    public Fact<SkillLevel> InterpersonalNetworkingSkills { get; init; }

    /// <summary>[chair/lead representatives] Seen by other partners as having legitimacy to lead.</summary>
    [Question("Do the other partners see the person as having legitimacy to lead?")]
    public Fact<bool> SeenAsLegitimateLeader { get; init; }

    /// <summary>Acts as the 'local champion' (charismatic enthusiast).</summary>
    [Question("Does the person act as the 'local champion' (a charismatic enthusiast)?")]
    public Fact<bool> IsLocalChampion { get; init; }

    /// <summary>Likely to leave the post or the partnership within 12 months.</summary>
    [Question("Is the person likely to leave the post or the partnership within 12 months?")]
    public Fact<bool> LikelyToLeaveWithinYear { get; init; }

    /// <summary>Time the person spends on partnership work, in hours per month.</summary>
    [Question("How many hours a month does the person spend on partnership work?")]
    [NumberRange(0, 744)]
    public Fact<double> HoursPerMonth { get; init; }

    /// <summary>Has had training/opportunity to learn about partner professions' work.</summary>
    [Question("Has the person had training or opportunity to learn about partner professions' work?")]
    public Fact<bool> TrainedOnOtherProfessions { get; init; }

    /// <summary>Can name their own professional value base and acknowledge alternatives.</summary>
    [Question("Can the person name their own professional value base and acknowledge alternatives?")]
    public Fact<bool> CanArticulateValueBase { get; init; }

    /// <summary>Case-worker judgement of professional ontological security (use sparingly).</summary>
    [Question("Is the person's professional identity balanced, rigid and defensive, or anxious and insecure?")]
    public Fact<OntologicalSecurity> OntologicalSecurity { get; init; }

    /// <summary>[community representatives] How often they consult the people they represent.</summary>
    [Question("How often does the person consult the people they represent: regularly, occasionally or rarely?")]
    public Fact<ConsultationFrequency> ConsultsConstituents { get; init; }

    /// <summary>[community representatives] Whether their time/expenses are resourced.</summary>
    [Question("Are the person's time and expenses resourced?")]
    public Fact<bool> TimeExpensesResourced { get; init; }

    /// <summary>[community representatives] Signs of overload/burnout.</summary>
    [Question("Does the person show signs of overload or burnout?")]
    public Fact<bool> BurnoutSigns { get; init; }

    /// <summary>[community representatives] Number of other partnership seats the person holds.</summary>
    [Question("How many other partnership seats does the person hold?")]
    [NumberRange(0, 1_000, WholeNumber = true)]
    public Fact<double> OtherPartnershipRoles { get; init; }
}
