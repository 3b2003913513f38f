using PartnershipRules.Cli;
using PartnershipRules.Facts;

namespace PartnershipRules.Tests;

/// <summary><c>--extend</c> layers on the command line, and <c>partnership-rules rules</c> listing where settings came from.</summary>
public sealed class LayeringCliTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("partnership-cli-layer-").FullName;

    public LayeringCliTests() => File.WriteAllText(
        Path.Combine(_directory, "site.yaml"),
        "overrides:\n  - rule: PR9001\n    enabled: false\n    reason: One partnership only.\n  - rule: PR9002\n    severity: error\n");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = Program.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void The_rules_command_lists_each_rules_layer_and_every_override_with_its_place()
    {
        var (exit, output, _) = Run("rules", "--extend", _directory);
        Assert.Equal(0, exit);
        Assert.Contains("PR9001   disabled", output, StringComparison.Ordinal);
        Assert.Contains($"enabled: true -> false by layer '{_directory}' at {Path.Combine(_directory, "site.yaml")}(3,14) (One partnership only.)", output, StringComparison.Ordinal);
        Assert.Contains($"severity: suggestion -> error by layer '{_directory}' at {Path.Combine(_directory, "site.yaml")}(6,15)", output, StringComparison.Ordinal);
        Assert.Contains("defined in layer 'default' at rules/other.yaml(", output, StringComparison.Ordinal);
        Assert.Contains("179 rule(s) from 1 layer(s), 2 changed by overrides.", output, StringComparison.Ordinal);
    }

    /// <summary>Issue 16: validating an overrides-only layer on its own gave a bare "no layer defines rule" (PRL021).</summary>
    [Fact]
    public void Validating_an_overrides_only_layer_on_its_own_says_to_give_it_with_extend_and_with_extend_it_validates()
    {
        var alone = Run("validate", "--rules", _directory);
        Assert.Equal(2, alone.Exit);
        Assert.Contains("error PRL021:", alone.Out, StringComparison.Ordinal);
        Assert.Contains("give it with --extend DIR", alone.Out, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(_directory, "site.yaml"), "overrides:\n  - rule: PR1101\n    severity: suggestion\n    reason: Local practice.\n");
        var layered = Run("validate", "--extend", _directory);
        Assert.True(layered.Exit == 0, layered.Out + layered.Err);
        Assert.Contains("0 diagnostic(s)", layered.Out, StringComparison.Ordinal);
    }

    /// <summary>Issue 16: the documentation of a layered rule set, with where each change came from.</summary>
    [Fact]
    public void Docs_with_a_layer_document_the_layered_rules_and_each_override_with_its_reason()
    {
        File.WriteAllText(Path.Combine(_directory, "site.yaml"), "overrides:\n  - rule: PR1101\n    severity: warning\n    reason: Local practice.\n");
        var pages = Path.Combine(_directory, "..", Path.GetFileName(_directory) + "-docs");
        try
        {
            var (exit, output, error) = Run("docs", "--extend", _directory, "--output", pages);

            Assert.True(exit == 0, output + error);
            var page = File.ReadAllText(Path.Combine(pages, "PR1101.md"));
            Assert.Contains("| Default severity | warning |", page, StringComparison.Ordinal);
            Assert.Contains("| Overridden: severity | suggestion → warning by layer " + _directory, page, StringComparison.Ordinal);
            Assert.Contains("(Local practice.) |", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Overridden", File.ReadAllText(Path.Combine(pages, "PR1001.md")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(pages, recursive: true);
        }
    }

    [Fact]
    public void Check_with_a_layer_applies_its_overrides()
    {
        var example = Path.Combine(AppContext.BaseDirectory, "rules", "examples", "community-regeneration.yaml");
        var (_, plain, _) = Run("check", "--format", "json", "--fail-on", "never", example);
        var (_, layered, _) = Run("check", "--format", "json", "--fail-on", "never", "--extend", _directory, example);
        Assert.Contains("\"PR9001\"", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("\"PR9001\"", layered, StringComparison.Ordinal);
        Assert.Equal(2, Run("rules", "--extend", Path.Combine(_directory, "missing")).Exit);
    }
}
