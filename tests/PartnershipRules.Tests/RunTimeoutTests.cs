using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace PartnershipRules.Tests;

/// <summary>
/// <c>--timeout</c> bounds the whole run (issue 16: "400 slow rules on a 1,000-partner case: still running at 300 s"):
/// past it the tool says so, exits 2, and leaves an <c>--output</c> file as it was, with no temporary file behind.
/// </summary>
public sealed class RunTimeoutTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("pr-timeout-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string LargeCase()
    {
        var path = Path.Combine(_folder.FullName, "large.yaml");
        File.WriteAllText(path, LargeCases.ThousandPartners());
        return path;
    }

    [Fact]
    public void A_run_past_its_timeout_stops_with_exit_2_and_leaves_the_previous_report()
    {
        var report = Path.Combine(_folder.FullName, "report.json");
        File.WriteAllText(report, "the previous report");
        var large = LargeCase();

        var (exit, _, error) = ToolRunner.Run(new[] { "check", large, large.Replace("large", "large", StringComparison.Ordinal), "--format", "json", "--output", report, "--timeout", "00:00:00.2" }.Concat(LargeCases.LimitArguments).ToArray());

        Assert.Equal(2, exit);
        Assert.Contains("error: the run was stopped at --timeout 00:00:00.2000000", error, StringComparison.Ordinal);
        Assert.Equal("the previous report", File.ReadAllText(report));
        Assert.Equal(new[] { "large.yaml", "report.json" }, _folder.GetFiles().Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_run_within_its_timeout_is_unchanged()
    {
        var report = Path.Combine(_folder.FullName, "report.json");

        var (exit, _, error) = ToolRunner.Run("check", ToolRunner.Example("youth-transitions"), "--format", "json", "--output", report, "--timeout", "00:05:00", "--fail-on", "never");

        Assert.True(exit == 0, error);
        Assert.Contains("\"formatVersion\"", File.ReadAllText(report), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-00:00:01")]
    [InlineData("soon")]
    public void A_timeout_that_is_not_a_positive_duration_is_refused(string value)
    {
        var (exit, _, error) = ToolRunner.Run("check", ToolRunner.Example("youth-transitions"), "--timeout", value);

        Assert.Equal(2, exit);
        Assert.Contains("--timeout", error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_command_takes_it()
    {
        Assert.Equal(0, ToolRunner.Run("validate", "--timeout", "00:05:00").Exit);
        Assert.Equal(0, ToolRunner.Run("--timeout", "00:05:00", "rules").Exit);
    }

    /// <summary>The built tool as a process: it ends soon after its timeout although the evaluation would take far longer.</summary>
    [Fact]
    public async Task The_built_tool_ends_at_its_timeout_as_a_process()
    {
        var large = LargeCase();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "partnership-rules.dll"), "check", large, large, large, large, large, "--timeout", "00:00:01" }.Concat(LargeCases.LimitArguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using (var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            await process.WaitForExitAsync(deadline.Token);
        }

        await output;
        Assert.True(process.ExitCode == 2, await error);
        Assert.Contains("stopped at --timeout", await error, StringComparison.Ordinal);
    }
}
