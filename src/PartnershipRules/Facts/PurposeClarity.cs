namespace PartnershipRules.Facts;

/// <summary>Whether partners can state why they collaborate and what the joint effort should achieve.</summary>
public enum PurposeClarity
{
    /// <summary>Every partner is clear.</summary>
    AllPartnersClear,

    /// <summary>Only some partners are clear.</summary>
    SomePartnersClear,

    /// <summary>The purpose is unclear.</summary>
    Unclear,
}
