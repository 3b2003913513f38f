using System.CommandLine;
using System.IO;

namespace PartnershipRules.Cli;

/// <summary><c>partnership-rules validate</c>: load rules and print their diagnostics.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var rules = RuleOptions.Create();
        var set = RuleOptions.CreateSet();
        var extend = RuleOptions.CreateExtend();
        var command = new Command("validate", "Loads rule files and reports every authoring mistake with file, line and column.");
        command.Options.Add(rules);
        command.Options.Add(extend);
        command.Options.Add(set);
        command.SetAction(parse =>
        {
            var catalogue = RuleOptions.Load(parse.GetValue(rules), parse.GetValue(extend), parse.GetValue(set), error);
            if (catalogue is null)
            {
                return ExitCodes.InvalidInput;
            }

            RuleOptions.Print(catalogue, output);
            output.WriteLine($"{catalogue.Rules.Count} rule(s) loaded, {catalogue.Diagnostics.Count} diagnostic(s).");
            return catalogue.HasErrors ? ExitCodes.InvalidInput : ExitCodes.Success;
        });
        return command;
    }
}
