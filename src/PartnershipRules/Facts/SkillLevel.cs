namespace PartnershipRules.Facts;

/// <summary>Case-worker judgement of a skill.</summary>
public enum SkillLevel
{
    /// <summary>Strong.</summary>
    Strong,

    /// <summary>Adequate.</summary>
    Adequate,

    /// <summary>Weak.</summary>
    Weak,
}
