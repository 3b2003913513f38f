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

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<string>> Reports = new(StringComparer.Ordinal);

    /// <summary>
    /// <c>check</c> of one example in one format and verbosity, dated 2026-11-26, never failing on findings: run once
    /// per test run and shared, since the output is deterministic and each run compiles the catalogue afresh.
    /// </summary>
    public static string Report(string example, string format = "text", string verbosity = "normal") =>
        Reports.GetOrAdd(example + "|" + format + "|" + verbosity, _ => new Lazy<string>(() =>
        {
            var (exit, output, error) = Run("check", Example(example), "--fail-on", "never", "--evaluation-date", "2026-11-26", "--format", format, "--verbosity", verbosity);
            Assert.True(exit == 0, error);
            return output;
        })).Value;

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
