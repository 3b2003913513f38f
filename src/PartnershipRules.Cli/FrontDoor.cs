using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using PartnershipRules.Documents;

namespace PartnershipRules.Cli;

/// <summary>
/// What every command does at the door: a word that looks like an option is never taken for a file name, a mistyped
/// option or command gets the nearest right one suggested, and a command's own checks do not run over values that
/// already failed to parse (they would read them and fail again, as "a bug").
/// </summary>
internal static class FrontDoor
{
    /// <summary>
    /// Refuses argument values that start with '-' (other than '-' alone, standard input): System.CommandLine hands an
    /// unknown option to an argument that takes values, and the tool then tried to read "-o" as a case file. Call
    /// from the command's validator.
    /// </summary>
    public static void RefuseUnknownOptions(CommandResult result, IEnumerable<string>? values)
    {
        foreach (var value in values ?? Array.Empty<string>())
        {
            if (value.Length > 1 && value[0] == '-')
            {
                var command = result.Command;
                result.AddError($"Unknown option '{value}' for '{command.Name}'.{Spelling.DidYouMean(value, OptionNames(command))} Run 'partnership-rules {command.Name} --help' for its options.");
            }
        }
    }

    /// <summary>
    /// Reads a value in a command's validator, or null when it does not convert: its own error is reported by the
    /// parser, and reading it would throw.
    /// </summary>
    public static T? TryRead<T>(Func<T?> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// A hint for a command line whose first word is no command: "Did you mean 'check'?" (with a leading space), or an
    /// empty string.
    /// </summary>
    public static string CommandHint(RootCommand root, IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0].StartsWith("-", StringComparison.Ordinal) || root.Subcommands.Any(c => c.Name == args[0]))
        {
            return string.Empty;
        }

        return Spelling.DidYouMean(args[0], root.Subcommands.Select(c => c.Name));
    }

    private static IEnumerable<string> OptionNames(Command command) =>
        command.Options.SelectMany(o => new[] { o.Name }.Concat(o.Aliases));
}
