namespace PartnershipRules.Facts;

/// <summary>Who interprets monitoring and accountability rules in practice.</summary>
public enum RulesInterpreter
{
    /// <summary>The funder.</summary>
    Funder,

    /// <summary>The lead agency.</summary>
    LeadAgency,

    /// <summary>The accountable body.</summary>
    AccountableBody,

    /// <summary>The partners jointly.</summary>
    Jointly,
}
