namespace PartnershipRules.Facts;

/// <summary>How a partnership came about.</summary>
public enum FormationRoute
{
    /// <summary>The partners' own initiative.</summary>
    OwnInitiative,

    /// <summary>An incentive offered by a funder.</summary>
    FunderIncentive,

    /// <summary>A statutory duty or policy mandate.</summary>
    StatutoryOrPolicyMandate,
}
