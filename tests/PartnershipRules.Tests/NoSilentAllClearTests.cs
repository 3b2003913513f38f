using PartnershipRules.Hosting;

namespace PartnershipRules.Tests;

/// <summary>Rule sources that define nothing are errors, never an evaluation of no rules that passes every case (issue 16).</summary>
public sealed class NoSilentAllClearTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("partnership-rules-empty-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void A_rules_directory_with_no_rule_files_is_an_error_and_the_check_exits_two()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "notes.txt"), "not a rule file");

        var (exit, output, error) = ToolRunner.Run("check", "--rules", _folder.FullName, ToolRunner.Example("youth-transitions"));

        Assert.Equal(2, exit);
        Assert.Contains("error PRO007", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Verdict", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_files_that_define_no_rules_are_an_error()
    {
        File.Copy(Path.Combine(RepoFiles.Root, "rules", "bibliography.yaml"), Path.Combine(_folder.FullName, "bibliography.yaml"));

        var build = AnalyzerBuilder.Build(new PartnershipRulesOptions { IncludeDefaultCatalogue = false, RuleDirectories = { _folder.FullName } });

        Assert.Null(build.Analyzer);
        Assert.Contains(build.Diagnostics, d => d.Id == "PRO008");
    }

    [Fact]
    public void An_empty_directory_beside_the_built_in_catalogue_is_an_error_too()
    {
        var build = AnalyzerBuilder.Build(new PartnershipRulesOptions { RuleDirectories = { _folder.FullName } });

        Assert.Null(build.Analyzer);
        Assert.Contains(build.Diagnostics, d => d.Id == "PRO007");
    }
}
