namespace PartnershipRules.Facts;

/// <summary>Whether a partnership works at strategic/policy level or on projects and operational delivery.</summary>
public enum PartnershipLevel
{
    /// <summary>Strategic or policy level.</summary>
    Strategic,

    /// <summary>Projects or operational delivery.</summary>
    OperationalProject,

    /// <summary>Both strategic and operational work.</summary>
    Both,
}
