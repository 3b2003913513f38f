namespace PartnershipRules.Facts;

/// <summary>Whether there is a statement of shared vision, purpose and values.</summary>
public enum SharedVisionStatus
{
    /// <summary>An explicit written statement based on joint values.</summary>
    ExplicitWrittenBasedOnJointValues,

    /// <summary>An informal or felt vision only.</summary>
    InformalOrFeltOnly,

    /// <summary>No shared vision.</summary>
    None,
}
