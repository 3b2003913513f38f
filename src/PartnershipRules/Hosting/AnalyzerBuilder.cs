using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using PartnershipRules.Diagnostics;
using PartnershipRules.Engine;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Hosting;

/// <summary>
/// The one composition root: from <see cref="PartnershipRulesOptions"/> to a ready <see cref="PartnershipAnalyzer"/>
/// with every diagnostic of the way (configuration file, rule files, severities). The command-line tool, the
/// dependency-injection package and <see cref="PartnershipAdvisor"/> all build through here, so an option means the
/// same whichever door it came in by. Never throws for bad input: it reports.
/// </summary>
public static class AnalyzerBuilder
{
    /// <summary>Builds an analyzer from the options (a copy of them is read; later changes do not reach it).</summary>
    /// <param name="options">What to load and how to evaluate.</param>
    /// <param name="cancellationToken">Cancels compilation.</param>
    /// <returns>The attempt: an analyzer, or the errors that prevented one.</returns>
    public static AnalyzerBuild Build(PartnershipRulesOptions options, CancellationToken cancellationToken = default)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        options = options.Clone();
        var attemptedAt = DateTimeOffset.UtcNow;
        var diagnostics = new List<Diagnostic>();
        var configuration = AnalyzerConfiguration.Empty;
        if (options.ConfigurationFile is { } configurationFile)
        {
            var read = Configuration.ConfigurationFile.Load(configurationFile, options.EffectiveConfigurationFileLimits());
            diagnostics.AddRange(read.Diagnostics);
            if (read.Configuration is null)
            {
                return AnalyzerBuild.Failure(diagnostics, attemptedAt);
            }

            configuration = read.Configuration;
        }

        var sources = Sources(options, diagnostics);
        if (sources is null)
        {
            return AnalyzerBuild.Failure(diagnostics, attemptedAt);
        }

        var catalogue = RuleCatalogue.Load(sources, CatalogueOptions(options, configuration));
        diagnostics.AddRange(catalogue.Diagnostics);
        if (catalogue.HasErrors)
        {
            return AnalyzerBuild.Failure(diagnostics, attemptedAt, catalogue);
        }

        if (catalogue.Definitions.Count == 0)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.NoRulesLoaded, null, sources.Count == 1 ? "1 file" : sources.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " files"));
            return AnalyzerBuild.Failure(diagnostics, attemptedAt, catalogue);
        }

        if (options.Assessment.OutOfRange() is { } outOfRange)
        {
            diagnostics.Add(PartnershipRulesOptions.InvalidAssessment(outOfRange));
            return AnalyzerBuild.Failure(diagnostics, attemptedAt, catalogue);
        }

        var analyzerOptions = new AnalyzerOptions
        {
            Assessment = options.EffectiveAssessmentOptions(),
            Configuration = configuration,
            RuleSeverities = new Dictionary<string, Severity>(options.RuleSeverities, StringComparer.Ordinal),
            CategorySeverities = new Dictionary<RuleCategory, Severity>(options.CategorySeverities),
            MaxFindings = options.MaxFindings,
            EvaluationTimeout = options.EvaluationTimeout,
            ExpressionCompiler = options.ExpressionCompiler,
            Today = options.AssessUndatedCasesToday ? Today(options.Clock) : null,
        };

        // Resolved once, here, and handed to the analyzer: the diagnostics of a setting that names no rule are the
        // build's, at the setting's line, and the analyzer does not resolve them again.
        var severities = SeverityResolver.Resolve(catalogue, analyzerOptions);
        diagnostics.AddRange(severities.Diagnostics);
        if (severities.HasErrors)
        {
            return AnalyzerBuild.Failure(diagnostics, attemptedAt, catalogue);
        }

        return AnalyzerBuild.Success(new PartnershipAnalyzer(catalogue, analyzerOptions, severities, cancellationToken), diagnostics, attemptedAt);
    }

    /// <summary>The embedded catalogue (unless left out), each directory as a layer, then the host's own sources.</summary>
    private static List<RuleSource>? Sources(PartnershipRulesOptions options, List<Diagnostic> diagnostics)
    {
        var sources = new List<RuleSource>();
        if (options.IncludeDefaultCatalogue)
        {
            sources.AddRange(RuleSource.DefaultCatalogue());
        }

        foreach (var directory in options.RuleDirectories)
        {
            if (!Directory.Exists(directory))
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.DirectoryNotFound, null, directory));
                continue;
            }

            var found = RuleSource.FromDirectory(directory);
            if (found.Count == 0)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.EmptyRulesDirectory, null, directory));
                continue;
            }

            sources.AddRange(found);
        }

        sources.AddRange(options.RuleSources);
        return diagnostics.Any(d => d.IsError) ? null : sources;
    }

    /// <summary>
    /// Parameter values: the configuration file's, keeping where each is written (so a misspelt name is reported at
    /// its line), then the options', which win.
    /// </summary>
    private static RuleCatalogueOptions CatalogueOptions(PartnershipRulesOptions options, AnalyzerConfiguration configuration)
    {
        var values = configuration.Parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var locations = configuration.ParameterLocations.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var pair in options.Parameters)
        {
            values[pair.Key] = pair.Value;
            locations.Remove(pair.Key);
        }

        return new RuleCatalogueOptions
        {
            Parameters = values,
            ParameterLocations = locations,
            CodeRules = options.CodeRules.ToList(),
            DocumentLimits = options.EffectiveRuleFileLimits(),
        };
    }

    private static Func<DateTime> Today(TimeProvider clock) => () => clock.GetLocalNow().Date;
}
