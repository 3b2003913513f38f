using System.CommandLine;
using System.IO;
using System.Linq;
using PartnershipRules.Documents;
using PartnershipRules.Model;

namespace PartnershipRules.Cli;

/// <summary>
/// <c>partnership-rules config --effective [--config FILE]</c>: prints every rule's effective severity and the layer
/// that set it (rule default, file category, file rule, host overrides), so a configuration can be checked before it
/// is used.
/// </summary>
internal static class ConfigCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var analyzerArguments = new AnalyzerArguments(evaluates: false);
        var effective = new Option<bool>("--effective") { Description = "Print each rule's effective severity and where it came from." };
        var command = new Command("config", "Shows the configuration in effect.");
        analyzerArguments.AddTo(command);
        command.Options.Add(effective);
        command.Validators.Add(result =>
        {
            if (!result.GetValue(effective))
            {
                result.AddError("Say what to show: 'partnership-rules config --effective [--config FILE]'.");
            }
        });
        command.SetAction(parse =>
        {
            if (analyzerArguments.Build(parse, error)?.Analyzer is not { } analyzer)
            {
                return ExitCodes.InvalidInput;
            }

            foreach (var severity in analyzer.Severities)
            {
                output.WriteLine($"{severity.Rule.Id,-8} {Spelling.Of(severity.Severity),-10} {Describe(severity)}");
            }

            var changed = analyzer.Severities.Count(s => s.Source != SeveritySource.RuleDefault);
            output.WriteLine($"{analyzer.Severities.Count} rule(s), {changed} set by configuration.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Describe(EffectiveSeverity severity) => severity.Source switch
    {
        SeveritySource.RuleDefault => "rule default" + At(severity),
        SeveritySource.FileCategory => "category " + Spelling.Of(severity.Rule.Category) + At(severity),
        SeveritySource.FileRule => "rule setting" + At(severity),
        SeveritySource.HostCategory => "host category override",
        _ => "host rule override",
    };

    private static string At(EffectiveSeverity severity) => severity.Location is { } location ? " at " + location : string.Empty;
}
