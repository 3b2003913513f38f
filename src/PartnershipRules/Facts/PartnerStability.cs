namespace PartnershipRules.Facts;

/// <summary>Case-worker judgement of a partner's organisational stability.</summary>
public enum PartnerStability
{
    /// <summary>Stable.</summary>
    Stable,

    /// <summary>Unstable (e.g. restructuring, funding crisis, high staff turnover).</summary>
    Unstable,
}
