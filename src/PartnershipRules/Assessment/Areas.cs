using PartnershipRules.Model;

namespace PartnershipRules.Assessment;

/// <summary>The areas of the papers, as a reader names them (one per rule category), for every report.</summary>
public static class Areas
{
    /// <summary>The reader's name of an area.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The name, e.g. "When collaboration is best avoided".</returns>
    public static string Name(RuleCategory category) => category switch
    {
        RuleCategory.Reasons => "Reasons to collaborate",
        RuleCategory.FacilitatingConditions => "Conditions that help partnerships work",
        RuleCategory.Barriers => "Barriers",
        RuleCategory.AvoidCollaboration => "When collaboration is best avoided",
        RuleCategory.PowerAndRepresentation => "Power, representation and community involvement",
        RuleCategory.Accountability => "Accountability, monitoring and evaluation",
        RuleCategory.ResourcesAndTime => "Funding, resources and time",
        RuleCategory.JonesModel => "Connected and disconnected partnerships (Jones)",
        _ => "Other",
    };
}
