using System.Text.Json;

namespace PartnershipRules.Tests;

/// <summary><c>check good.yaml bad.yaml</c> reports every case (issue 16): the good ones evaluated, the bad one located in the same document, exit 2.</summary>
public sealed class ManyCasesTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("pr-many-cases-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Bad()
    {
        var path = Path.Combine(_folder.FullName, "bad.yaml");
        File.WriteAllText(path, "partnership:\n  purposeClarity: unclaer\n");
        return path;
    }

    [Fact]
    public void Text_reports_the_good_case_and_locates_the_bad_one()
    {
        var (exit, output, error) = ToolRunner.Run("check", ToolRunner.Example("youth-transitions"), Bad());

        Assert.Equal(2, exit);
        Assert.Contains("Verdict:", output, StringComparison.Ordinal);
        Assert.Contains("bad.yaml(2,19): error PRC005", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Machine_formats_write_one_document_with_the_good_case_and_the_bad_ones_diagnostics(string format)
    {
        var report = Path.Combine(_folder.FullName, "report." + format);

        var (exit, _, _) = ToolRunner.Run("check", ToolRunner.Example("youth-transitions"), Bad(), "--format", format, "--output", report);

        Assert.Equal(2, exit);
        var text = File.ReadAllText(report);
        using var document = JsonDocument.Parse(text);
        Assert.Contains("PRC005", text, StringComparison.Ordinal);
        Assert.Contains("bad.yaml", text, StringComparison.Ordinal);
        Assert.Contains("youth-transitions.yaml", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_bad_cases_write_no_document()
    {
        var report = Path.Combine(_folder.FullName, "report.json");

        var (exit, _, _) = ToolRunner.Run("check", Bad(), "--format", "json", "--output", report);

        Assert.Equal(2, exit);
        Assert.False(File.Exists(report));
    }
}
