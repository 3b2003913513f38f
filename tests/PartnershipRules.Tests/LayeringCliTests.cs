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
