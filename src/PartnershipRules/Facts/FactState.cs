namespace PartnershipRules.Facts;

/// <summary>What is known about one fact of a partnership.</summary>
/// <remarks>
/// Case workers rarely know everything. "Not recorded" (nobody filled it in) and "unknown" (someone looked and could not
/// find out) are kept apart because they lead to different questions, but both count as unknown in the rules' logic.
/// </remarks>
public enum FactState
{
    /// <summary>Nobody has recorded this fact. The default for every fact.</summary>
    NotRecorded = 0,

    /// <summary>The case worker recorded that the fact is unknown.</summary>
    Unknown = 1,

    /// <summary>The fact has a recorded value.</summary>
    Known = 2,
}
