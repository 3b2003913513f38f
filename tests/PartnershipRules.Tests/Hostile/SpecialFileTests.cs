using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace PartnershipRules.Tests.Hostile;

/// <summary>
/// Paths that are not regular files (issue 16: "a FIFO with no writer hangs"): a pipe nobody writes to, as a case
/// file, a rule file or the <c>--input</c> of a batch, is refused with PR0001 after a bounded wait; a device that never
/// ends is cut off at the size limit.
/// </summary>
public sealed class SpecialFileTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("pr-special-");
    private readonly List<string> _pipes = new();

    public void Dispose()
    {
        // Whatever is still waiting on a pipe gets a writer, and with it the end of the pipe, so no thread stays blocked.
        foreach (var pipe in _pipes)
        {
            var unblock = Task.Run(() => new FileStream(pipe, FileMode.Open, FileAccess.Write, FileShare.ReadWrite).Dispose());
            unblock.Wait(TimeSpan.FromSeconds(2));
        }

        _folder.Delete(recursive: true);
    }

    private string Pipe(string name)
    {
        var path = Path.Combine(_folder.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", path) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        _pipes.Add(path);
        return path;
    }

    [Fact]
    public async Task A_pipe_with_no_writer_is_refused_after_a_bounded_wait_wherever_it_is_given()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var casePipe = Pipe("case.yaml");
        var rulePipe = Pipe(Path.Combine("rules", "stuck.yaml"));
        var linesPipe = Pipe("cases.jsonl");
        var clock = Stopwatch.StartNew();

        // At once, so the three waits overlap.
        var runs = await Task.WhenAll(
            Task.Run(() => ToolRunner.Run("check", casePipe)),
            Task.Run(() => ToolRunner.Run("validate", "--rules", Path.GetDirectoryName(rulePipe)!)),
            Task.Run(() => ToolRunner.Run("check", "--input", linesPipe, "--format", "jsonl")));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        foreach (var ((exit, output, diagnostics), path) in runs.Zip(new[] { casePipe, rulePipe, linesPipe }))
        {
            // validate lists its diagnostics on standard output, check on standard error.
            var error = output + diagnostics;
            Assert.True(exit == 2 && error.Length > 0, $"{path}: exit {exit}, {error}");
            Assert.Contains("error PR0001:", error, StringComparison.Ordinal);
            Assert.Contains("pipe with no writer", error, StringComparison.Ordinal);
            Assert.Contains(Path.GetFileName(path) + "(1,1)", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_device_that_never_ends_is_cut_off_at_the_size_limit()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var (exit, _, error) = ToolRunner.Run("check", "/dev/zero");

        Assert.Equal(2, exit);
        Assert.Contains("/dev/zero(1,1): error PR0002:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_regular_file_still_reads_at_once_as_empty()
    {
        var empty = Path.Combine(_folder.FullName, "empty.yaml");
        File.WriteAllText(empty, string.Empty);
        var clock = Stopwatch.StartNew();

        var (exit, _, error) = ToolRunner.Run("check", empty);

        Assert.Equal(2, exit);
        Assert.DoesNotContain("pipe", error, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"an empty file waited {clock.Elapsed}");
    }
}
