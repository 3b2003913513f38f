using System.Threading.Tasks;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Tests;

/// <summary>Reading a rules directory is bounded by its files (issue 16): links are followed once, and the layout container platforms mount configuration in loads each rule once.</summary>
public sealed class RuleDirectoryLayoutTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("pr-rules-layout-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task A_symbolic_link_back_up_the_tree_is_not_followed_round_and_round()
    {
        File.Copy(Path.Combine(RepoFiles.Root, "rules", "barriers.yaml"), Path.Combine(_folder.FullName, "barriers.yaml"));
        var sub = Directory.CreateDirectory(Path.Combine(_folder.FullName, "more"));
        Directory.CreateSymbolicLink(Path.Combine(sub.FullName, "loop"), _folder.FullName);
        Directory.CreateSymbolicLink(Path.Combine(_folder.FullName, "self"), _folder.FullName);

        var sources = await Task.Run(() => RuleSource.FromDirectory(_folder.FullName)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Single(sources);
    }

    [Fact]
    public void A_directory_given_with_dots_or_relative_skips_examples_and_tests_as_before()
    {
        var plain = RuleSource.FromDirectory(Path.Combine(RepoFiles.Root, "rules"));
        var dotted = RuleSource.FromDirectory(Path.Combine(RepoFiles.Root, "rules", "..", "rules"));

        Assert.Equal(plain.Count, dotted.Count);
        Assert.DoesNotContain(dotted, s => s.Name.Contains("examples", StringComparison.Ordinal) || s.Name.Contains("tests", StringComparison.Ordinal));
    }

    [Fact]
    public void The_configuration_volume_layout_loads_each_rule_once_through_its_link()
    {
        // What a container platform mounts: the files live in a timestamped folder, "..data" links to it, and each
        // file at the top is a link through "..data".
        var stamped = Directory.CreateDirectory(Path.Combine(_folder.FullName, "..2026_12_07_05_00_00.123"));
        foreach (var name in new[] { "barriers.yaml", "bibliography.yaml" })
        {
            File.Copy(Path.Combine(RepoFiles.Root, "rules", name), Path.Combine(stamped.FullName, name));
        }

        Directory.CreateSymbolicLink(Path.Combine(_folder.FullName, "..data"), stamped.FullName);
        File.CreateSymbolicLink(Path.Combine(_folder.FullName, "barriers.yaml"), Path.Combine("..data", "barriers.yaml"));
        File.CreateSymbolicLink(Path.Combine(_folder.FullName, "bibliography.yaml"), Path.Combine("..data", "bibliography.yaml"));

        var sources = RuleSource.FromDirectory(_folder.FullName);
        var catalogue = RuleCatalogue.Load(sources.Concat(RuleSource.DefaultCatalogue().Where(s => s.Name.EndsWith("criteria.yaml", StringComparison.Ordinal))));

        Assert.Equal(new[] { "barriers.yaml", "bibliography.yaml" }, sources.Select(s => Path.GetFileName(s.Name)));
        Assert.DoesNotContain(catalogue.Diagnostics, d => d.IsError);
        Assert.NotEmpty(catalogue.Definitions);
    }
}
