using System;
using System.Collections.Generic;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Configuration;

/// <summary>
/// How an analyzer reports: a configuration file's settings and the host's overrides, which win over the file.
/// Immutable. Precedence, lowest first: rule default &lt; file category &lt; file rule &lt; host category &lt; host rule.
/// </summary>
public sealed class AnalyzerOptions
{
    /// <summary>No configuration: every rule at its default severity.</summary>
    public static AnalyzerOptions Default { get; } = new();

    /// <summary>Settings read from a configuration file.</summary>
    public AnalyzerConfiguration Configuration { get; init; } = AnalyzerConfiguration.Empty;

    /// <summary>Host overrides per category.</summary>
    public IReadOnlyDictionary<RuleCategory, ConfiguredSeverity> CategorySeverities { get; init; } = new Dictionary<RuleCategory, ConfiguredSeverity>();

    /// <summary>Host overrides per rule id; an id that names no rule makes the analyzer refuse the options.</summary>
    public IReadOnlyDictionary<string, ConfiguredSeverity> RuleSeverities { get; init; } = new Dictionary<string, ConfiguredSeverity>(StringComparer.Ordinal);

    /// <summary>
    /// Whether conditions are compiled with FastExpressionCompiler (the default: several times faster to start) or
    /// with the framework's <c>Expression.Compile</c>. Both give the same findings (tested); the switch exists so a
    /// host can rule the faster compiler out when diagnosing a problem.
    /// </summary>
    public bool UseFastExpressionCompiler { get; init; } = true;
}
