namespace PartnershipRules.Facts;

/// <summary>Who sets the monitoring and evaluation criteria.</summary>
public enum CriteriaSetter
{
    /// <summary>The funder.</summary>
    Funder,

    /// <summary>The lead agency.</summary>
    LeadAgency,

    /// <summary>The accountable body.</summary>
    AccountableBody,

    /// <summary>All partners jointly.</summary>
    AllPartnersJointly,

    /// <summary>The community leads.</summary>
    CommunityLed,
}
