namespace PartnershipRules.Facts;

/// <summary>The unit of a contribution's amount.</summary>
public enum AmountUnit
{
    /// <summary>Pounds sterling.</summary>
    Gbp,

    /// <summary>Hours per month.</summary>
    HoursPerMonth,

    /// <summary>Full-time equivalent posts.</summary>
    Fte,
}
