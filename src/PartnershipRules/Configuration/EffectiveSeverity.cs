using PartnershipRules.Diagnostics;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Configuration;

/// <summary>The severity a rule's findings get, and where that came from.</summary>
public sealed class EffectiveSeverity
{
    internal EffectiveSeverity(RuleDescriptor rule, ConfiguredSeverity severity, SeveritySource source, SourceLocation? location)
    {
        Rule = rule;
        Severity = severity;
        Source = source;
        Location = location;
    }

    /// <summary>The rule.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>The effective severity (<see cref="ConfiguredSeverity.None"/>: not reported).</summary>
    public ConfiguredSeverity Severity { get; }

    /// <summary>Which layer set it.</summary>
    public SeveritySource Source { get; }

    /// <summary>Where that layer set it: the rule file, or the line of the configuration file; null for the host.</summary>
    public SourceLocation? Location { get; }

    /// <summary>Whether the rule's results are reported at all.</summary>
    public bool IsReported => Severity != ConfiguredSeverity.None;

    /// <summary>The finding severity, for reported rules.</summary>
    internal Severity FindingSeverity => Severity switch
    {
        ConfiguredSeverity.Error => RuleLanguage.Severity.Error,
        ConfiguredSeverity.Warning => RuleLanguage.Severity.Warning,
        ConfiguredSeverity.Suggestion => RuleLanguage.Severity.Suggestion,
        _ => RuleLanguage.Severity.Silent,
    };

    internal static ConfiguredSeverity From(Severity severity) => severity switch
    {
        RuleLanguage.Severity.Error => ConfiguredSeverity.Error,
        RuleLanguage.Severity.Warning => ConfiguredSeverity.Warning,
        RuleLanguage.Severity.Suggestion => ConfiguredSeverity.Suggestion,
        _ => ConfiguredSeverity.Silent,
    };
}
