using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;
using PartnershipRules.Configuration;
using PartnershipRules.Diagnostics;
using PartnershipRules.Hosting;
using PartnershipRules.Model;

namespace PartnershipRules.DependencyInjection;

/// <summary>Builds the advisor from the options and reports every load and reload through the host's logger.</summary>
internal static class AdvisorFactory
{
    private static readonly Action<ILogger, string, int, int, Exception?> Loaded = LoggerMessage.Define<string, int, int>(
        LogLevel.Information, new EventId(1, "RuleSetLoaded"), "Rule set {RuleSetHash} loaded: {RuleCount} rules, {DiagnosticCount} diagnostics");

    private static readonly Action<ILogger, string, Exception?> Refused = LoggerMessage.Define<string>(
        LogLevel.Error, new EventId(2, "RuleSetReloadFailed"), "Rule set not reloaded; {RuleSetHash} keeps serving. Fix the errors below and save again.");

    private static readonly Action<ILogger, string, Exception?> Reported = LoggerMessage.Define<string>(
        LogLevel.Warning, new EventId(3, "RuleSetDiagnostic"), "{Diagnostic}");

    private static readonly Action<ILogger, string, Exception?> Failed = LoggerMessage.Define<string>(
        LogLevel.Error, new EventId(3, "RuleSetDiagnostic"), "{Diagnostic}");

    public static PartnershipAdvisor Create(PartnershipRulesOptions options, TimeProvider clock, ILogger logger)
    {
        var ruleSet = new RuleSetOptions
        {
            IncludeDefaultCatalogue = options.IncludeDefaultCatalogue,
            RuleDirectories = options.RuleDirectories.ToList(),
            RuleSources = options.RuleSources.ToList(),
            CodeRules = options.CodeRules.ToList(),
            ConfigurationFile = options.ConfigurationFile,
            RuleSeverities = new Dictionary<string, Severity>(options.RuleSeverities, StringComparer.Ordinal),
            CategorySeverities = new Dictionary<RuleCategory, Severity>(options.CategorySeverities),
            Parameters = new Dictionary<string, double>(options.Parameters, StringComparer.Ordinal),
            MaxFindings = options.MaxFindings,
            WatchForChanges = options.WatchForChanges,
            ReloadDelay = options.ReloadDelay,
            Today = options.AssessUndatedCasesToday ? () => clock.GetLocalNow().Date : null,
        };

        PartnershipAdvisor advisor;
        try
        {
            advisor = new PartnershipAdvisor(ruleSet);
        }
        catch (RuleSetLoadException ex)
        {
            Log(logger, ex.Diagnostics);
            throw;
        }

        Log(logger, advisor.LastLoad.Diagnostics);
        Loaded(logger, advisor.RuleSet.RuleSetHash, advisor.RuleSet.Rules.Count, advisor.LastLoad.Diagnostics.Count, null);
        advisor.Reloaded += (_, e) =>
        {
            Log(logger, e.Load.Diagnostics);
            if (e.Load.Succeeded)
            {
                Loaded(logger, e.Serving.RuleSetHash, e.Serving.Rules.Count, e.Load.Diagnostics.Count, null);
            }
            else
            {
                Refused(logger, e.Serving.RuleSetHash, null);
            }
        };
        return advisor;
    }

    private static void Log(ILogger logger, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics.Where(d => d.Severity != Severity.Suggestion))
        {
            (diagnostic.IsError ? Failed : Reported)(logger, diagnostic.ToString(), null);
        }
    }
}
