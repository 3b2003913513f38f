using System;
using System.CommandLine;

namespace PartnershipRules.Cli;

/// <summary>Entry point of the <c>partnership-rules</c> tool.</summary>
internal static class Program
{
    private static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the tool with the given arguments and writers (tests call this directly).</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="standardInput">Opens standard input, for a case given as <c>-</c> (default: the console's).</param>
    internal static int Run(string[] args, System.IO.TextWriter output, System.IO.TextWriter error, Func<System.IO.Stream>? standardInput = null)
    {
        var timings = PhaseTimings.FromEnvironment();
        try
        {
            using var deadline = new RunDeadline();
            var exit = Dispatch(args, output, error, new CaseInput(standardInput ?? Console.OpenStandardInput), timings, deadline);
            timings?.Write(error);
            return exit;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Bad input is reported as diagnostics (exit 2) long before this point; reaching it is a bug. Say so
            // plainly and without a stack trace, which would only bury the message.
            error.WriteLine($"internal error: {ex.Message}");
            error.WriteLine("This is a bug in partnership-rules, not a problem with your files. Please report it privately with the input that caused it (see 'Security' in the README).");
            return ExitCodes.InternalError;
        }
    }

    private static int Dispatch(string[] args, System.IO.TextWriter output, System.IO.TextWriter error, CaseInput cases, PhaseTimings? timings, RunDeadline deadline)
    {
        var root = new RootCommand("Checks partnerships against rules drawn from Tett (2005) and Jones (2000), with cited advice.");
        var timeout = RunTimeout.Option();
        root.Options.Add(timeout);
        root.Subcommands.Add(CheckCommand.Create(output, error, cases, deadline, timings));
        root.Subcommands.Add(ValidateCommand.Create(output, error));
        root.Subcommands.Add(TestCommand.Create(output, error));
        root.Subcommands.Add(DocsCommand.Create(output, error, deadline));
        root.Subcommands.Add(ConfigCommand.Create(output, error));
        root.Subcommands.Add(ExplainCommand.Create(output, error, cases));
        root.Subcommands.Add(RulesCommand.Create(output, error));
        root.Subcommands.Add(InitCommand.Create(output, error, deadline));
        root.Subcommands.Add(HistoryCommand.Create(output, error, cases, deadline));
        var parse = root.Parse(args);
        timings?.Mark("command line");
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine("error: " + problem.Message);
            }

            error.WriteLine("Run 'partnership-rules --help' for usage." + FrontDoor.CommandHint(root, args));
            return ExitCodes.InvalidInput;
        }

        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        return RunTimeout.Run(parse.GetValue(timeout), () => parse.Invoke(invocation), deadline, error);
    }
}
