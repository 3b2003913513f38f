using System.CommandLine;
using System.IO;
using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Model;

namespace PartnershipRules.Cli;

/// <summary>
/// <c>partnership-rules config --effective [--config FILE]</c>: prints every rule's effective severity and the layer
/// that set it (rule default, file category, file rule), so a configuration can be checked before it is used.
/// </summary>
internal static class ConfigCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var catalogueOptions = new CatalogueOptions();
        var effective = new Option<bool>("--effective") { Description = "Print each rule's effective severity and where it came from." };
        var command = new Command("config", "Shows the configuration in effect.");
        catalogueOptions.AddTo(command);
        command.Options.Add(effective);
        command.SetAction(parse =>
        {
            if (!parse.GetValue(effective))
            {
                error.WriteLine("error: say what to show: 'partnership-rules config --effective [--config FILE]'.");
                return ExitCodes.InvalidInput;
            }

            var loaded = catalogueOptions.Load(parse, error);
            if (loaded is null)
            {
                return ExitCodes.InvalidInput;
            }

            foreach (var severity in loaded.Severities.Severities)
            {
                output.WriteLine($"{severity.Rule.Id,-8} {Name(severity.Severity),-10} {Describe(severity)}");
            }

            var changed = loaded.Severities.Severities.Count(s => s.Source != SeveritySource.RuleDefault);
            output.WriteLine($"{loaded.Severities.Severities.Count} rule(s), {changed} set by configuration.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Name(Severity severity) => Spelling.SnakeCase(severity.ToString());

    private static string Describe(EffectiveSeverity severity) => severity.Source switch
    {
        SeveritySource.RuleDefault => "rule default" + At(severity),
        SeveritySource.FileCategory => "category " + Spelling.SnakeCase(severity.Rule.Category.ToString()) + At(severity),
        SeveritySource.FileRule => "rule setting" + At(severity),
        SeveritySource.HostCategory => "host category override",
        _ => "host rule override",
    };

    private static string At(EffectiveSeverity severity) => severity.Location is { } location ? " at " + location : string.Empty;
}
