using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using PartnershipRules.Configuration;
using PartnershipRules.Diagnostics;
using PartnershipRules.Engine;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;
using PartnershipRules.RuleLanguage.CodeRules;

namespace PartnershipRules.Hosting;

/// <summary>
/// Everything a long-running host needs to build its rule set, and to build it again when files change: which rules
/// (the embedded catalogue, layer directories, extra YAML sources, C# rules), the configuration file, the host's
/// overrides and the reload settings. Immutable; <see cref="Load"/> never throws for bad input, it reports.
/// </summary>
public sealed class RuleSetOptions
{
    /// <summary>Whether the embedded catalogue is the base layer (default true). When false, the directories are the catalogue.</summary>
    public bool IncludeDefaultCatalogue { get; init; } = true;

    /// <summary>Directories of rule files, each a layer over the previous (rules added, <c>overrides:</c> applied), lowest first.</summary>
    public IReadOnlyList<string> RuleDirectories { get; init; } = Array.Empty<string>();

    /// <summary>Extra YAML sources after the directories (e.g. <see cref="RuleSource.FromStream"/>).</summary>
    public IReadOnlyList<RuleSource> RuleSources { get; init; } = Array.Empty<RuleSource>();

    /// <summary>Rules written in C#.</summary>
    public IReadOnlyList<CodeRule> CodeRules { get; init; } = Array.Empty<CodeRule>();

    /// <summary>A configuration file (<c>partnershiprules.yaml</c>): severities, parameters, suppressions.</summary>
    public string? ConfigurationFile { get; init; }

    /// <summary>The host's severity overrides per rule id (they win over the configuration file).</summary>
    public IReadOnlyDictionary<string, Severity> RuleSeverities { get; init; } = new Dictionary<string, Severity>(StringComparer.Ordinal);

    /// <summary>The host's severity overrides per category.</summary>
    public IReadOnlyDictionary<RuleCategory, Severity> CategorySeverities { get; init; } = new Dictionary<RuleCategory, Severity>();

    /// <summary>Parameter values (<c>RULEID.name</c>), winning over the configuration file's.</summary>
    public IReadOnlyDictionary<string, double> Parameters { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>The most findings a result lists (null: no cap).</summary>
    public int? MaxFindings { get; init; }

    /// <summary>The host's clock for "today", used to date cases that record no assessment date (null: never read).</summary>
    public Func<DateTime>? Today { get; init; }

    /// <summary>Whether the rule directories and the configuration file are watched and the rule set rebuilt on change.</summary>
    public bool WatchForChanges { get; init; }

    /// <summary>How long to wait after the last change before rebuilding (editors save in several writes). Default 300 ms.</summary>
    public TimeSpan ReloadDelay { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>The directories to watch: the rule directories and the configuration file's directory.</summary>
    public IReadOnlyList<string> WatchedDirectories =>
        RuleDirectories
            .Concat(ConfigurationFile is null ? Array.Empty<string>() : new[] { Path.GetDirectoryName(Path.GetFullPath(ConfigurationFile)) ?? "." })
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>Builds the rule set: reads everything, compiles, and reports every problem as a diagnostic.</summary>
    /// <param name="cancellationToken">Cancels compilation.</param>
    /// <returns>The attempt: an analyzer, or the errors that prevented one.</returns>
    public RuleSetLoad Load(CancellationToken cancellationToken = default)
    {
        var now = DateTimeOffset.UtcNow;
        var diagnostics = new List<Diagnostic>();
        var configuration = AnalyzerConfiguration.Empty;
        if (ConfigurationFile is not null)
        {
            var read = PartnershipRules.Configuration.ConfigurationFile.Load(ConfigurationFile);
            diagnostics.AddRange(read.Diagnostics);
            if (read.Configuration is null)
            {
                return RuleSetLoad.Failure(diagnostics, now);
            }

            configuration = read.Configuration;
        }

        var sources = new List<RuleSource>();
        if (IncludeDefaultCatalogue)
        {
            sources.AddRange(RuleSource.DefaultCatalogue());
        }

        foreach (var directory in RuleDirectories)
        {
            if (!Directory.Exists(directory))
            {
                diagnostics.Add(DiagnosticDescriptors.FileUnreadable.Create(new SourceLocation(directory, 1, 1), "The rules directory does not exist."));
                return RuleSetLoad.Failure(diagnostics, now);
            }

            sources.AddRange(RuleSource.FromDirectory(directory));
        }

        sources.AddRange(RuleSources);
        // The host's values win over the file's; the file's keep their places, so a misspelt name is reported at its line.
        var parameters = LocatedParameters.Merge(configuration.Parameters, Parameters);
        var catalogue = RuleCatalogue.Load(sources, new RuleCatalogueOptions { Parameters = parameters, CodeRules = CodeRules });
        diagnostics.AddRange(catalogue.Diagnostics);
        if (catalogue.HasErrors)
        {
            return RuleSetLoad.Failure(diagnostics, now);
        }

        var options = new AnalyzerOptions
        {
            Configuration = configuration,
            RuleSeverities = RuleSeverities,
            CategorySeverities = CategorySeverities,
            MaxFindings = MaxFindings,
            Today = Today,
        };
        var severities = SeverityResolver.Resolve(catalogue, options);
        diagnostics.AddRange(severities.Diagnostics);
        if (severities.HasErrors)
        {
            return RuleSetLoad.Failure(diagnostics, now);
        }

        return RuleSetLoad.Success(new PartnershipAnalyzer(catalogue, options, cancellationToken), diagnostics, now);
    }
}
