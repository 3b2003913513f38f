using System;
using System.Collections.Generic;
using System.IO;
using PartnershipRules.Configuration;
using PartnershipRules.Diagnostics;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;
using PartnershipRules.RuleLanguage.CodeRules;

namespace PartnershipRules.DependencyInjection;

/// <summary>
/// How the advice service is built. Bind it from configuration (section <c>PartnershipRules</c>) or set it in code;
/// YAML streams and C# rules can only be added in code. Read once when the service is first resolved.
/// </summary>
public sealed class PartnershipRulesOptions
{
    /// <summary>The configuration section the options bind from by default.</summary>
    public const string SectionName = "PartnershipRules";

    /// <summary>Whether the embedded catalogue is the base layer (default true).</summary>
    public bool IncludeDefaultCatalogue { get; set; } = true;

    /// <summary>Directories of rule files layered over the catalogue, lowest first.</summary>
    public IList<string> RuleDirectories { get; } = new List<string>();

    /// <summary>A configuration file (<c>partnershiprules.yaml</c>): severities, parameters, suppressions.</summary>
    public string? ConfigurationFile { get; set; }

    /// <summary>Severity overrides per rule id (win over the configuration file).</summary>
    public IDictionary<string, Severity> RuleSeverities { get; } = new Dictionary<string, Severity>(StringComparer.Ordinal);

    /// <summary>Severity overrides per category.</summary>
    public IDictionary<RuleCategory, Severity> CategorySeverities { get; } = new Dictionary<RuleCategory, Severity>();

    /// <summary>Rule parameter values, <c>RULEID.name</c> (win over the configuration file).</summary>
    public IDictionary<string, double> Parameters { get; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>The most findings a result lists (null: no cap).</summary>
    public int? MaxFindings { get; set; }

    /// <summary>Rebuild the rule set in the background when the rule directories or the configuration file change.</summary>
    public bool WatchForChanges { get; set; }

    /// <summary>Quiet time after the last change before rebuilding (default 300 ms).</summary>
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>
    /// Date a case that records no assessment date with today's date from the registered <see cref="TimeProvider"/>
    /// (default false: results depend only on the case, never on the clock).
    /// </summary>
    public bool AssessUndatedCasesToday { get; set; }

    /// <summary>Extra YAML sources (rules, overrides), after the directories. Code only.</summary>
    public IList<RuleSource> RuleSources { get; } = new List<RuleSource>();

    /// <summary>Rules written in C#. Code only.</summary>
    public IList<CodeRule> CodeRules { get; } = new List<CodeRule>();

    /// <summary>Adds YAML from a stream the service opens whenever it builds the rule set.</summary>
    /// <param name="name">The name used in diagnostics.</param>
    /// <param name="open">Opens the stream.</param>
    /// <returns>These options.</returns>
    public PartnershipRulesOptions AddRules(string name, Func<Stream> open)
    {
        RuleSources.Add(RuleSource.FromStream(name, open));
        return this;
    }

    /// <summary>Adds a rule written in C#.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>These options.</returns>
    public PartnershipRulesOptions AddRule(CodeRule rule)
    {
        CodeRules.Add(rule ?? throw new ArgumentNullException(nameof(rule)));
        return this;
    }
}
