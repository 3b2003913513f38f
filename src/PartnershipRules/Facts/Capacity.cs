namespace PartnershipRules.Facts;

/// <summary>A partner's capacity and resources for effective involvement in decision making.</summary>
public enum Capacity
{
    /// <summary>Adequate.</summary>
    Adequate,

    /// <summary>Limited.</summary>
    Limited,
}
