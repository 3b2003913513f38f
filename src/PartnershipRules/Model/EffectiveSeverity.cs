using PartnershipRules.Diagnostics;

namespace PartnershipRules.Model;

/// <summary>The severity a rule's findings get, and where that came from.</summary>
public sealed class EffectiveSeverity
{
    internal EffectiveSeverity(RuleDescriptor rule, Severity severity, SeveritySource source, SourceLocation? location)
    {
        Rule = rule;
        Severity = severity;
        Source = source;
        Location = location;
    }

    /// <summary>The rule.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>The effective severity (<see cref="Severity.None"/>: not reported).</summary>
    public Severity Severity { get; }

    /// <summary>Which layer set it.</summary>
    public SeveritySource Source { get; }

    /// <summary>Where that layer set it: the rule file, or the line of the configuration file; null for the host.</summary>
    public SourceLocation? Location { get; }

    /// <summary>Whether the rule's results are reported at all.</summary>
    public bool IsReported => Severity != Severity.None;
}
