using PartnershipRules.Cli;

namespace PartnershipRules.Tests;

/// <summary>
/// Nothing the user gave is lost (issue 16): a report is never written over an input, a failed run leaves the previous
/// report as it was, a report appears whole or not at all, and <c>docs</c> never overwrites a page it did not write.
/// </summary>
public sealed class OutputSafetyTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("partnership-rules-output-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Copy(string example)
    {
        var path = Path.Combine(_folder.FullName, example + ".yaml");
        File.Copy(ToolRunner.Example(example), path);
        return path;
    }

    [Fact]
    public void A_report_aimed_at_its_case_file_is_refused_and_the_case_is_untouched()
    {
        var casePath = Copy("youth-transitions");
        var before = File.ReadAllBytes(casePath);

        var (exit, _, error) = ToolRunner.Run("check", casePath, "--output", casePath);

        Assert.Equal(2, exit);
        Assert.Contains("is the input", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(casePath));
    }

    [Fact]
    public void A_report_aimed_at_a_case_through_a_symbolic_link_or_another_spelling_is_refused()
    {
        var casePath = Copy("youth-transitions");
        var link = Path.Combine(_folder.FullName, "link.yaml");
        File.CreateSymbolicLink(link, casePath);
        var before = File.ReadAllBytes(casePath);

        Assert.Equal(2, ToolRunner.Run("check", casePath, "--output", link).Exit);
        Assert.Equal(2, ToolRunner.Run("check", casePath, "--output", Path.Combine(_folder.FullName, ".", "youth-transitions.yaml")).Exit);
        Assert.Equal(before, File.ReadAllBytes(casePath));
    }

    [Fact]
    public void Batch_results_aimed_at_the_input_lines_or_the_configuration_are_refused()
    {
        var lines = Path.Combine(_folder.FullName, "cases.jsonl");
        File.WriteAllText(lines, "{\"partnership\":{\"name\":\"A\"}}\n");
        var config = Path.Combine(_folder.FullName, "partnershiprules.yaml");
        File.WriteAllText(config, "severity:\n  rules:\n    PR3002: none\n");

        var batch = ToolRunner.Run("check", "--input", lines, "--format", "jsonl", "--output", lines);
        var configured = ToolRunner.Run("check", Copy("youth-transitions"), "--config", config, "--output", config);

        Assert.Equal(2, batch.Exit);
        Assert.Contains("results", batch.Err, StringComparison.Ordinal);
        Assert.Equal("{\"partnership\":{\"name\":\"A\"}}\n", File.ReadAllText(lines));
        Assert.Equal(2, configured.Exit);
        Assert.Equal("severity:\n  rules:\n    PR3002: none\n", File.ReadAllText(config));
    }

    [Fact]
    public void A_failed_run_leaves_the_previous_report_as_it_was_and_no_temporary_file()
    {
        var report = Path.Combine(_folder.FullName, "report.txt");
        File.WriteAllText(report, "last week's report");
        var broken = Path.Combine(_folder.FullName, "broken.yaml");
        File.WriteAllText(broken, "partnership:\n  purposeClarity: unclaer\n");

        var (exit, _, _) = ToolRunner.Run("check", broken, "--output", report);

        Assert.Equal(2, exit);
        Assert.Equal("last week's report", File.ReadAllText(report));
        Assert.Equal(new[] { "broken.yaml", "report.txt" }, _folder.GetFiles().Select(f => f.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void A_successful_run_replaces_the_previous_report_whole()
    {
        var report = Path.Combine(_folder.FullName, "report.json");
        File.WriteAllText(report, "last week's report");

        var (exit, _, _) = ToolRunner.Run("check", Copy("community-regeneration"), "--format", "json", "--output", report);

        Assert.Equal(0, exit);
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(report));
        Assert.True(document.RootElement.TryGetProperty("cases", out _));
        Assert.Equal(2, _folder.GetFiles().Length);
    }

    [Fact]
    public void Docs_refuses_to_overwrite_a_page_it_did_not_generate_and_writes_nothing()
    {
        var mine = Path.Combine(_folder.FullName, "README.md");
        File.WriteAllText(mine, "# My own notes\n");

        var (exit, _, error) = ToolRunner.Run("docs", "--output", _folder.FullName);

        Assert.Equal(2, exit);
        Assert.Contains("README.md was not generated", error, StringComparison.Ordinal);
        Assert.Equal("# My own notes\n", File.ReadAllText(mine));
        Assert.Single(_folder.GetFiles());
    }

    [Fact]
    public void Docs_rewrites_its_own_pages()
    {
        Assert.Equal(0, ToolRunner.Run("docs", "--output", _folder.FullName).Exit);
        var pages = _folder.GetFiles("*.md").Length;
        Assert.True(pages > 100);
        File.AppendAllText(Path.Combine(_folder.FullName, "README.md"), "\nedited");

        Assert.Equal(0, ToolRunner.Run("docs", "--output", _folder.FullName).Exit);

        Assert.DoesNotContain("edited", File.ReadAllText(Path.Combine(_folder.FullName, "README.md")), StringComparison.Ordinal);
        Assert.Equal(pages, _folder.GetFiles().Length);
    }
}
