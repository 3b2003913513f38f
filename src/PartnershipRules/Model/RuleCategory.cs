namespace PartnershipRules.Model;

/// <summary>The part of the papers a rule comes from; configuration and reports group rules by it.</summary>
public enum RuleCategory
{
    /// <summary>Reasons to collaborate.</summary>
    Reasons,

    /// <summary>Conditions that facilitate partnership working.</summary>
    FacilitatingConditions,

    /// <summary>Barriers to partnership working.</summary>
    Barriers,

    /// <summary>When collaboration is best avoided.</summary>
    AvoidCollaboration,

    /// <summary>Power, representation and community involvement.</summary>
    PowerAndRepresentation,

    /// <summary>Accountability, monitoring and evaluation.</summary>
    Accountability,

    /// <summary>Funding, resources and time.</summary>
    ResourcesAndTime,

    /// <summary>Jones's model of connected and disconnected partnerships.</summary>
    JonesModel,

    /// <summary>Other criteria.</summary>
    Other,
}
