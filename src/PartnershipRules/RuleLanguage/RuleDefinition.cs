using System.Collections.Generic;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage.Conditions;

namespace PartnershipRules.RuleLanguage;

/// <summary>A checked rule: its descriptor, its conditions bound to the fact model, and its message template.</summary>
internal sealed class RuleDefinition
{
    public RuleDefinition(RuleDescriptor descriptor, Condition? appliesWhen, Condition condition, MessageTemplate message, IReadOnlyCollection<string> dependsOn)
    {
        Descriptor = descriptor;
        AppliesWhen = appliesWhen;
        Condition = condition;
        Message = message;
        DependsOn = dependsOn;
    }

    public RuleDescriptor Descriptor { get; }

    /// <summary>When false, the rule is not applicable; when unknown, the rule cannot be decided.</summary>
    public Condition? AppliesWhen { get; }

    public Condition Condition { get; }

    public MessageTemplate Message { get; }

    /// <summary>Rules whose outcomes this rule reads (composite rules).</summary>
    public IReadOnlyCollection<string> DependsOn { get; }

    public string Id => Descriptor.Id;
}
