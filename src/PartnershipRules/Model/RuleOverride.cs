using PartnershipRules.Diagnostics;

namespace PartnershipRules.Model;

/// <summary>
/// One setting of a rule changed by a later layer (an <c>overrides:</c> entry), without copying the rule: whether it
/// runs, its severity, its message or its advice. Kept on the rule's descriptor so the effective rule set can say
/// where every setting came from.
/// </summary>
public sealed class RuleOverride
{
    internal RuleOverride(string ruleId, string setting, string value, string previousValue, string layer, SourceLocation location, string? reason)
    {
        RuleId = ruleId;
        Setting = setting;
        Value = value;
        PreviousValue = previousValue;
        Layer = layer;
        Location = location;
        Reason = reason;
    }

    /// <summary>The rule changed.</summary>
    public string RuleId { get; }

    /// <summary>The setting: <c>enabled</c>, <c>severity</c>, <c>message</c> or <c>advice</c>.</summary>
    public string Setting { get; }

    /// <summary>The value set, as written.</summary>
    public string Value { get; }

    /// <summary>The value it replaced (the rule's own, or an earlier layer's).</summary>
    public string PreviousValue { get; }

    /// <summary>The layer of the file that set it.</summary>
    public string Layer { get; }

    /// <summary>Where the new value is written.</summary>
    public SourceLocation Location { get; }

    /// <summary>Why the layer changes it, when the author said.</summary>
    public string? Reason { get; }

    /// <inheritdoc />
    public override string ToString() => $"{RuleId}.{Setting} = {Value} (was {PreviousValue}) at {Location}";
}
