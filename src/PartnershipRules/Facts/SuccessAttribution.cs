namespace PartnershipRules.Facts;

/// <summary>
/// What the partners themselves put the partnership's success down to. Jones found that partners explain success
/// by the people (their friendships, a champion, their commitment and skills) far more often than by structures,
/// and argued that success resting on people does not survive a change of post-holder.
/// </summary>
public enum SuccessAttribution
{
    /// <summary>Personal relationships between post-holders: friendship, liking, "we worked well together".</summary>
    PersonalRelationships,

    /// <summary>A local champion whose enthusiasm carried the others.</summary>
    LocalChampion,

    /// <summary>The commitment and inter-personal skills of the individuals involved.</summary>
    CommitmentAndSkills,

    /// <summary>Procedures the partners agreed: terms of reference, protocols, a way of settling differences.</summary>
    AgreedProcedures,

    /// <summary>Something else.</summary>
    Other,
}
