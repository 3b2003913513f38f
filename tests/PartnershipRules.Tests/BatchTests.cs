using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using PartnershipRules.Cases;
using PartnershipRules.Diagnostics;
using PartnershipRules.Engine;
using PartnershipRules.Facts;
using PartnershipRules.Model;

namespace PartnershipRules.Tests;

/// <summary>Batches stream results in input order, in parallel, with a bounded number in flight, and can be cancelled.</summary>
public class BatchTests
{
    private static readonly PartnershipAnalyzer Analyzer = PartnershipAnalyzer.CreateDefault();

    private static readonly PartnershipCase[] Examples = Directory.GetFiles(Path.Combine(RepoFiles.Root, "rules", "examples"), "*.yaml")
        .OrderBy(f => f, StringComparer.Ordinal)
        .Select(f => CaseFile.Load(f).Case!)
        .ToArray();

    private static IEnumerable<PartnershipCase> Cases(int count, Action<int>? onRead = null)
    {
        for (var i = 0; i < count; i++)
        {
            onRead?.Invoke(i);
            yield return Examples[i % Examples.Length];
        }
    }

    [Fact]
    public void Parallel_batch_results_come_back_in_input_order_and_equal_one_by_one_results()
    {
        var expected = Examples.Select(c => Analyzer.Analyze(c).Findings.Count).ToArray();
        var index = 0;
        foreach (var result in Analyzer.AnalyzeMany(Cases(60), new BatchEvaluationOptions { MaxDegreeOfParallelism = 3 }))
        {
            Assert.Equal(expected[index % Examples.Length], result.Findings.Count);
            index++;
        }

        Assert.Equal(60, index);
    }

    [Fact]
    public void A_batch_reads_ahead_no_more_than_its_in_flight_bound()
    {
        var read = 0;
        var options = new BatchEvaluationOptions { MaxDegreeOfParallelism = 2, MaxInFlight = 4 };
        using var results = Analyzer.AnalyzeMany(Cases(1000, _ => Interlocked.Increment(ref read)), options).GetEnumerator();
        Assert.True(results.MoveNext());

        // After the first result only a window's worth has been read, not the whole batch.
        Assert.InRange(Volatile.Read(ref read), 1, 6);
    }

    [Fact]
    public async Task Async_batch_streams_in_order_and_stops_when_cancelled()
    {
        var count = 0;
        await foreach (var result in Analyzer.AnalyzeManyAsync(ToAsync(Cases(20)), new BatchEvaluationOptions { MaxDegreeOfParallelism = 2 }))
        {
            Assert.Equal(Analyzer.Analyze(Examples[count % Examples.Length]).Findings.Count, result.Findings.Count);
            count++;
        }

        Assert.Equal(20, count);

        using var cancel = new CancellationTokenSource();
        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var unused in Analyzer.AnalyzeManyAsync(ToAsync(Cases(10_000)), null, cancel.Token))
            {
                if (++seen == 3)
                {
                    cancel.Cancel();
                }
            }
        });
        Assert.InRange(seen, 3, 200);
    }

    [Fact]
    public void A_cap_on_findings_keeps_the_most_severe_and_counts_the_rest()
    {
        var example = Examples.Single(c => c.SourceMap!.FilePath.EndsWith("community-regeneration.yaml", StringComparison.Ordinal));
        var all = Analyzer.Analyze(example);
        var capped = new PartnershipAnalyzer(Analyzer.Catalogue, new AnalyzerOptions { MaxFindings = 3 }).Analyze(example);
        Assert.Equal(3, capped.Findings.Count);
        Assert.Equal(all.Findings.Count - 3, capped.FindingsOmitted);
        Assert.Equal(all.Results.Count, capped.Results.Count);
        Assert.Equal(all.Findings.Max(f => f.Severity), capped.Findings.Min(f => f.Severity));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnalyzerOptions { MaxFindings = -1 });
    }

    private static async IAsyncEnumerable<PartnershipCase> ToAsync(IEnumerable<PartnershipCase> cases, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var item in cases)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return item;
        }
    }
}
