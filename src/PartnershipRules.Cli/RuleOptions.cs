using System.CommandLine;
using System.IO;
using System.Linq;

namespace PartnershipRules.Cli;

/// <summary>The <c>--rules</c> option shared by the commands, and loading the catalogue it names.</summary>
internal static class RuleOptions
{
    public static Option<string[]> Create() => new("--rules")
    {
        Description = "A directory of rule files to use instead of the embedded catalogue (repeatable).",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>Loads the catalogue; returns null (after printing why) when a directory is missing.</summary>
    public static RuleCatalogue? Load(string[]? directories, TextWriter error)
    {
        if (directories is null || directories.Length == 0)
        {
            return RuleCatalogue.LoadDefault();
        }

        var missing = directories.FirstOrDefault(d => !Directory.Exists(d));
        if (missing is not null)
        {
            error.WriteLine($"{missing}: error PR0001: The rules directory does not exist.");
            return null;
        }

        return RuleCatalogue.LoadDirectories(directories);
    }

    public static void Print(RuleCatalogue catalogue, TextWriter writer)
    {
        foreach (var diagnostic in catalogue.Diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
        }
    }

}
