using System.Globalization;

namespace PartnershipRules.Model;

/// <summary>
/// A number a rule's condition uses that the papers do not give (e.g. how many barriers are "many"): declared in the
/// rule file with its default and why, and overridable by the host (<see cref="RuleLanguage.RuleCatalogueOptions.Parameters"/>)
/// without editing the rule.
/// </summary>
public sealed class RuleParameter
{
    internal RuleParameter(string name, double defaultValue, double value, string description)
    {
        Name = name;
        DefaultValue = defaultValue;
        Value = value;
        Description = description;
    }

    /// <summary>The parameter's name within its rule, e.g. <c>minimumBarriers</c>.</summary>
    public string Name { get; }

    /// <summary>The value the rule file gives.</summary>
    public double DefaultValue { get; }

    /// <summary>The value in effect: the host's override, or the default.</summary>
    public double Value { get; }

    /// <summary>What the number means and where it comes from (usually: the library's own calibration).</summary>
    public string Description { get; }

    /// <summary>Whether the host changed the value.</summary>
    public bool IsOverridden => !Value.Equals(DefaultValue);

    /// <inheritdoc/>
    public override string ToString() => Name + " = " + Value.ToString(CultureInfo.InvariantCulture);
}
