using System.Collections.Generic;

namespace PartnershipRules.Facts;

/// <summary>A board, steering group or working group of the partnership.</summary>
public sealed class DecisionForum
{
    /// <summary>Forum name.</summary>
    [Question("What is the forum called?")]
    public string? Name { get; init; }

    /// <summary>What the forum can do.</summary>
    [Question("What can the forum do: set the agenda, make decisions, set rules, allocate resources, set evaluation criteria, or advise only?")]
    public IReadOnlyList<ForumPower>? Powers { get; init; }

    /// <summary>Seats held by community partners.</summary>
    [Question("How many of the forum's seats are held by community partners?")]
    [NumberRange(0, 10_000, WholeNumber = true)]
    public Fact<double> SeatsCommunity { get; init; }

    /// <summary>Whether community members have voting/decision rights.</summary>
    [Question("Do community members have voting or decision rights in the forum?")]
    public Fact<bool> CommunityVotes { get; init; }

    /// <summary>Whether procedures for community participation were agreed by all partners.</summary>
    [Question("Were the forum's procedures for community participation agreed by all partners?")]
    public Fact<bool> ParticipationProceduresAgreedByAll { get; init; }

    /// <summary>Whether papers and procedures are in accessible language and explained.</summary>
    [Question("Are the forum's papers and procedures in accessible language and explained?")]
    public Fact<bool> AccessibleLanguageProcedures { get; init; }

    /// <summary>How the forum reaches its decisions.</summary>
    [Question("How does the forum reach its decisions: by consensus, by a vote, or does the chair or lead partner decide?")]
    public Fact<DecisionMethod> DecidesBy { get; init; }

    /// <summary>Whether community members' disagreement has been recorded (minutes) in the review period.</summary>
    [Question("Has community members' disagreement been recorded in the forum's minutes in the review period?")]
    public Fact<bool> CommunityDisagreementRecorded { get; init; }
}
