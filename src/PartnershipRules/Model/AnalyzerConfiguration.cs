using System;
using System.Collections.Generic;
using PartnershipRules.Diagnostics;

namespace PartnershipRules.Model;

/// <summary>
/// The contents of a configuration file (<c>partnershiprules.yaml</c>), which a rule author or administrator edits:
/// severities per category and per rule, and rule parameter values. Read it with <see cref="Configuration.ConfigurationFile"/>.
/// </summary>
public sealed class AnalyzerConfiguration
{
    internal AnalyzerConfiguration(
        string? filePath,
        IReadOnlyList<SeveritySetting> categories,
        IReadOnlyList<SeveritySetting> rules,
        IReadOnlyDictionary<string, double> parameters,
        IReadOnlyList<Suppression>? suppressions = null,
        IReadOnlyDictionary<string, SourceLocation>? parameterLocations = null)
    {
        ParameterLocations = parameterLocations ?? new Dictionary<string, SourceLocation>();
        Suppressions = suppressions ?? Array.Empty<Suppression>();
        FilePath = filePath;
        Categories = categories;
        Rules = rules;
        Parameters = parameters;
    }

    /// <summary>An empty configuration.</summary>
    public static AnalyzerConfiguration Empty { get; } = new(null, Array.Empty<SeveritySetting>(), Array.Empty<SeveritySetting>(), new Dictionary<string, double>());

    /// <summary>The file it was read from, if any.</summary>
    public string? FilePath { get; }

    /// <summary>Severities per category (<c>severity: categories:</c>).</summary>
    public IReadOnlyList<SeveritySetting> Categories { get; }

    /// <summary>Severities per rule id (<c>severity: rules:</c>).</summary>
    public IReadOnlyList<SeveritySetting> Rules { get; }

    /// <summary>Suppressions that apply to every case analysed with this configuration.</summary>
    public IReadOnlyList<Suppression> Suppressions { get; }

    /// <summary>Rule parameter values, keyed <c>RULEID.name</c>; pass them to <see cref="RuleLanguage.RuleCatalogueOptions.Parameters"/>.</summary>
    public IReadOnlyDictionary<string, double> Parameters { get; }

    /// <summary>Where each parameter value is written in the file; pass them to <see cref="RuleLanguage.RuleCatalogueOptions.ParameterLocations"/>.</summary>
    public IReadOnlyDictionary<string, SourceLocation> ParameterLocations { get; }
}
