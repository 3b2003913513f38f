using System;
using System.CommandLine;

namespace PartnershipRules.Cli;

/// <summary>Entry point of the <c>partnership-rules</c> tool.</summary>
internal static class Program
{
    private static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the tool with the given arguments and writers (tests call this directly).</summary>
    internal static int Run(string[] args, System.IO.TextWriter output, System.IO.TextWriter error)
    {
        var root = new RootCommand("Checks partnerships against rules drawn from Tett (2005) and Jones (2000), with cited advice.");
        root.Subcommands.Add(CheckCommand.Create(output, error));
        root.Subcommands.Add(ValidateCommand.Create(output, error));
        root.Subcommands.Add(TestCommand.Create(output, error));
        root.Subcommands.Add(DocsCommand.Create(output, error));
        root.Subcommands.Add(ConfigCommand.Create(output, error));
        root.Subcommands.Add(ExplainCommand.Create(output, error));
        root.Subcommands.Add(RulesCommand.Create(output, error));
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine("error: " + problem.Message);
            }

            error.WriteLine("Run 'partnership-rules --help' for usage.");
            return ExitCodes.InvalidInput;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
