using System.Diagnostics;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using PartnershipRules.Cases;
using PartnershipRules.Engine;
using PartnershipRules.Reporting;

namespace PartnershipRules.Tests.Reporting;

/// <summary>
/// Reports over many cases are streamed (issue 16: <c>check --format json</c> over 30 cases of 1,000 partners held
/// every result to the end, 3.6 GB): JSON, SARIF and JSON lines write each case before the next is evaluated, and say
/// exactly what the whole-report path says.
/// </summary>
public sealed class StreamedReportTests
{
    private static readonly PartnershipAnalyzer Analyzer = PartnershipAnalyzer.CreateDefault();

    private static CaseReport Evaluate(string example)
    {
        var path = ToolRunner.Example(example);
        var partnershipCase = CaseFile.Load(path).Case!;
        return new CaseReport(path, partnershipCase.Partnership.Name, Analyzer.Analyze(partnershipCase));
    }

    [Theory]
    [InlineData(ReportFormat.Json)]
    [InlineData(ReportFormat.Sarif)]
    [InlineData(ReportFormat.JsonLines)]
    public void Each_case_is_written_before_the_next_is_asked_for_and_the_document_is_the_same(ReportFormat format)
    {
        var header = Report.For(Analyzer, Array.Empty<CaseReport>(), new DateTime(2026, 11, 26));
        using var streamed = new StringWriter();
        var writtenWhenAsked = new List<int>();

        IEnumerable<CaseReport> Cases()
        {
            foreach (var example in ToolRunner.Examples)
            {
                writtenWhenAsked.Add(streamed.GetStringBuilder().Length);
                yield return Evaluate(example);
            }

            writtenWhenAsked.Add(streamed.GetStringBuilder().Length);
        }

        ReportWriter.For(format).WriteStreamed(streamed, header, Cases());

        // More written before each case than before the one ahead of it: nothing waits for the end.
        Assert.Equal(ToolRunner.Examples.Count + 1, writtenWhenAsked.Count);
        for (var i = 1; i < writtenWhenAsked.Count; i++)
        {
            Assert.True(writtenWhenAsked[i] > writtenWhenAsked[i - 1], $"nothing was written for case {i} before case {i + 1} was asked for");
        }

        using var whole = new StringWriter();
        ReportWriter.For(format).Write(whole, Report.For(Analyzer, ToolRunner.Examples.Select(Evaluate).ToList(), new DateTime(2026, 11, 26)));
        Assert.Equal(whole.ToString(), streamed.ToString());
    }

    [Fact]
    public void Text_collects_the_cases_and_writes_what_the_whole_report_writes()
    {
        var header = Report.For(Analyzer, Array.Empty<CaseReport>(), new DateTime(2026, 11, 26));
        using var streamed = new StringWriter();
        ReportWriter.For(ReportFormat.Text).WriteStreamed(streamed, header, ToolRunner.Examples.Select(Evaluate));

        using var whole = new StringWriter();
        ReportWriter.For(ReportFormat.Text).Write(whole, Report.For(Analyzer, ToolRunner.Examples.Select(Evaluate).ToList(), new DateTime(2026, 11, 26)));
        Assert.Equal(whole.ToString(), streamed.ToString());
    }

    /// <summary>
    /// The fuzzer's slow input (1,000 partners, most facts unknown: 1.4 s for the six formats against a 1 s budget) was
    /// assessed once per format; a report now assesses each case once, whichever writers ask.
    /// </summary>
    [Fact]
    public void A_report_assesses_each_case_once_for_every_writer()
    {
        var entry = Evaluate("sparse-intake");
        var report = Report.For(Analyzer, new[] { entry });

        Assert.Same(report.Assess(entry), report.Assess(entry));
        Assert.NotSame(report.Assess(entry), report.Assess(Evaluate("sparse-intake")));
    }

    [Fact]
    public void Arguments_are_checked()
    {
        var header = Report.For(Analyzer, Array.Empty<CaseReport>());
        var writer = ReportWriter.For(ReportFormat.Json);
        Assert.Throws<ArgumentNullException>(() => writer.WriteStreamed(null!, header, Array.Empty<CaseReport>()));
        Assert.Throws<ArgumentNullException>(() => writer.WriteStreamed(new StringWriter(), null!, Array.Empty<CaseReport>()));
        Assert.Throws<ArgumentNullException>(() => writer.WriteStreamed(new StringWriter(), header, null!));
    }
}

/// <summary>
/// The built tool as a process with its managed heap capped at 384 MB, checking 20 cases of 1,000 partners: it
/// finishes only if it holds about one case at a time (the whole-document writers needed over 1 GB for the 300 MB report alone).
/// </summary>
[Trait("Category", "Stress")]
public sealed class StreamedReportMemoryTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("pr-streamed-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public async Task Twenty_large_cases_fit_in_a_small_heap(string format)
    {
        var text = LargeCases.ThousandPartners();
        var cases = Enumerable.Range(1, 20).Select(i =>
        {
            var path = Path.Combine(_folder.FullName, $"case{i:00}.yaml");
            File.WriteAllText(path, text);
            return path;
        }).ToList();
        var report = Path.Combine(_folder.FullName, "report." + format);

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x18000000";
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "partnership-rules.dll"), "check", "--format", format, "--fail-on", "never", "--output", report, "--limit", "cases.maxFileBytes=10000000", "--limit", "cases.maxNodes=10000000" }.Concat(cases))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(deadline.Token);
        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {await error}");

        using var stream = File.OpenRead(report);
        using var document = JsonDocument.Parse(stream);
        var count = format == "json"
            ? document.RootElement.GetProperty("cases").GetArrayLength()
            : document.RootElement.GetProperty("runs")[0].GetProperty("properties").GetProperty("assessments").GetArrayLength();
        Assert.Equal(20, count);
    }
}
