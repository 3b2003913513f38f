namespace PartnershipRules.Model;

/// <summary>
/// Where a rule's effective severity came from. The layers, lowest first: the rule's default, a category setting in
/// the configuration file, a rule setting in the file, a host category override, a host rule override. A higher layer
/// replaces a lower one.
/// </summary>
public enum SeveritySource
{
    /// <summary>The rule file's <c>severity</c>.</summary>
    RuleDefault = 0,

    /// <summary>A category setting in the configuration file.</summary>
    FileCategory = 1,

    /// <summary>A rule setting in the configuration file.</summary>
    FileRule = 2,

    /// <summary>A category override from the host (<see cref="Engine.AnalyzerOptions.CategorySeverities"/>).</summary>
    HostCategory = 3,

    /// <summary>A rule override from the host (<see cref="Engine.AnalyzerOptions.RuleSeverities"/>).</summary>
    HostRule = 4,
}
