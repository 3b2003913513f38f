using PartnershipRules.Cli;

namespace PartnershipRules.Tests;

/// <summary>Runs the command-line tool in process, with the test output folder taken out of paths so outputs compare across machines.</summary>
internal static class ToolRunner
{
    private static readonly string Base = AppContext.BaseDirectory;

    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = Program.Run(args, output, error);
        return (exit, Clean(output.ToString()), Clean(error.ToString()));
    }

    /// <summary>The path of an example case in the test output.</summary>
    public static string Example(string name) => Path.Combine(Base, "rules", "examples", name + ".yaml");

    /// <summary>The examples' names, in a stable order.</summary>
    public static IReadOnlyList<string> Examples { get; } = Directory.GetFiles(Path.Combine(Base, "rules", "examples"), "*.yaml")
        .Select(f => Path.GetFileNameWithoutExtension(f)!)
        .OrderBy(n => n, StringComparer.Ordinal)
        .ToList();

    // Only paths are normalised: a blanket backslash replacement would corrupt JSON escapes such as \".
    private static string Clean(string text) => text.Replace(Base, string.Empty, StringComparison.Ordinal)
        .Replace(Path.Combine("rules", "examples") + Path.DirectorySeparatorChar, "rules/examples/", StringComparison.Ordinal);
}
