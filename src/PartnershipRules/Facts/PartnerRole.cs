namespace PartnershipRules.Facts;

/// <summary>A partner's role in the partnership.</summary>
public enum PartnerRole
{
    /// <summary>The lead partner.</summary>
    Lead,

    /// <summary>An ordinary partner.</summary>
    Partner,
}
