using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;
using PartnershipRules.Diagnostics;
using PartnershipRules.Hosting;

namespace PartnershipRules.DependencyInjection;

/// <summary>Builds the advisor from the options and reports every build and rebuild through the host's logger.</summary>
internal static class AdvisorFactory
{
    private static readonly Action<ILogger, string, int, int, Exception?> Built = LoggerMessage.Define<string, int, int>(
        LogLevel.Information, new EventId(1, "RuleSetLoaded"), "Rule set {RuleSetHash} loaded: {RuleCount} rules, {DiagnosticCount} diagnostics");

    private static readonly Action<ILogger, string, Exception?> Refused = LoggerMessage.Define<string>(
        LogLevel.Error, new EventId(2, "RuleSetReloadFailed"), "Rule set not reloaded; {RuleSetHash} keeps serving. Fix the errors below and save again.");

    private static readonly Action<ILogger, string, Exception?> Reported = LoggerMessage.Define<string>(
        LogLevel.Warning, new EventId(3, "RuleSetDiagnostic"), "{Diagnostic}");

    private static readonly Action<ILogger, string, Exception?> Failed = LoggerMessage.Define<string>(
        LogLevel.Error, new EventId(3, "RuleSetDiagnostic"), "{Diagnostic}");

    public static PartnershipAdvisor Create(PartnershipRulesOptions options, ILogger logger)
    {
        PartnershipAdvisor advisor;
        try
        {
            advisor = new PartnershipAdvisor(options);
        }
        catch (AnalyzerBuildException ex)
        {
            Log(logger, ex.Diagnostics);
            throw;
        }

        Log(logger, advisor.LastBuild.Diagnostics);
        Built(logger, advisor.Analyzer.RuleSetHash, advisor.Analyzer.Rules.Count, advisor.LastBuild.Diagnostics.Count, null);
        advisor.Reloaded += (_, e) =>
        {
            Log(logger, e.Build.Diagnostics);
            if (e.Build.Succeeded)
            {
                Built(logger, e.Serving.RuleSetHash, e.Serving.Rules.Count, e.Build.Diagnostics.Count, null);
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
