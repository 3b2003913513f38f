using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using PartnershipRules.Documents;
using PartnershipRules.Model;

namespace PartnershipRules.Cli;

/// <summary>
/// <c>partnership-rules rules [--extend DIR]...</c>: the effective rule set, one rule per line with the layer that
/// defined it, then every setting a later layer changed and where.
/// </summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var analyzerArguments = new AnalyzerArguments(evaluates: false);
        var command = new Command("rules", "Lists the effective rule set: each rule, the layer that defined it, and the settings later layers changed.");
        analyzerArguments.AddTo(command);
        command.SetAction(parse =>
        {
            if (analyzerArguments.Build(parse, error)?.Analyzer is not { } analyzer)
            {
                return ExitCodes.InvalidInput;
            }

            var rules = analyzer.Catalogue.Rules;
            foreach (var rule in rules)
            {
                Write(rule, output);
            }

            var overridden = rules.Count(r => r.Overrides.Count > 0);
            var layers = rules.Select(r => r.Layer).Distinct().Count();
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} rule(s) from {1} layer(s), {2} changed by overrides.", rules.Count, layers, overridden));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(RuleDescriptor rule, TextWriter output)
    {
        var state = rule.IsEnabledByDefault ? Spelling.Of(rule.DefaultSeverity) : "disabled";
        output.WriteLine($"{rule.Id,-8} {state,-10} {rule.Title}");
        output.WriteLine($"         defined in layer '{rule.Layer}' at {rule.Location?.ToString() ?? "(code)"}");
        foreach (var change in rule.Overrides)
        {
            var value = change.Setting is "message" or "advice" ? "changed" : change.PreviousValue + " -> " + change.Value;
            var reason = change.Reason is null ? string.Empty : " (" + change.Reason + ")";
            output.WriteLine($"         {change.Setting}: {value} by layer '{change.Layer}' at {change.Location}{reason}");
        }
    }
}
