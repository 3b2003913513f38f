using System.Diagnostics;
using System.Threading;
using PartnershipRules.Cases;
using PartnershipRules.Engine;
using PartnershipRules.Facts;
using PartnershipRules.Model;

namespace PartnershipRules.Tests;

/// <summary>
/// One compiled analyzer serving many threads gives exactly the sequential results, and repeated evaluation does not
/// retain memory. (Each thread has its own NRules session, reused after clean evaluations; nothing mutable is shared.)
/// At full size (16 threads × 10,000 evaluations; 100,000 evaluations) these take minutes, so they are the Stress
/// category, run after the README's test command (which leaves them out) by <c>.ci/run</c>.
/// </summary>
[Collection(ConcurrencyTests.Alone)]
[Trait("Category", "Stress")]
public class ConcurrencyTests
{
    /// <summary>These tests measure the whole process (threads, memory), so they run alone, after the others.</summary>
    public const string Alone = "Runs alone";

    private static readonly PartnershipAnalyzer Analyzer = PartnershipAnalyzer.CreateDefault();

    private static readonly PartnershipCase[] Cases = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "rules", "examples"), "*.yaml")
        .OrderBy(f => f, StringComparer.Ordinal)
        .Select(f => CaseFile.Load(f).Case!)
        .ToArray();

    /// <summary>Everything a result says, reduced to one comparable string.</summary>
    private static string Signature(AnalysisResult result) =>
        string.Join("|", result.Results.Select(r => r.RuleId + ":" + (int)r.Outcome + ":" + r.Finding?.Message + ":" + string.Join(",", r.MissingFacts.Select(m => m.Location.Path))));

    [Fact]
    public void Sixteen_threads_share_one_analyzer_and_match_the_sequential_results()
    {
        var expected = Cases.Select(c => Signature(Analyzer.Analyze(c))).ToArray();
        const int Threads = 16;
        const int PerThread = 10_000;
        var mismatches = 0;
        var clock = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            for (var i = 0; i < PerThread; i++)
            {
                var index = (t + i) % Cases.Length;
                var result = Analyzer.Analyze(Cases[index]);

                // Comparing every result in full would cost more than evaluating it; every 50th is compared in full,
                // the rest by their counts of findings and undecided rules.
                var same = i % 50 == 0
                    ? Signature(result) == expected[index]
                    : result.Findings.Count == ExpectedFindings[index] && result.InsufficientInformation.Count == ExpectedUndecided[index];
                if (!same)
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Equal(0, mismatches);
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(15)); // a guard against a hang, not a performance goal
    }

    private static readonly int[] ExpectedFindings = Cases.Select(c => Analyzer.Analyze(c).Findings.Count).ToArray();

    private static readonly int[] ExpectedUndecided = Cases.Select(c => Analyzer.Analyze(c).InsufficientInformation.Count).ToArray();

    [Fact]
    public void Repeated_evaluations_retain_no_memory()
    {
        for (var i = 0; i < 200; i++)
        {
            Analyzer.Analyze(Cases[i % Cases.Length]); // warm up: compiled tracers, pools
        }

        var before = GC.GetTotalMemory(forceFullCollection: true);
        const int Evaluations = 100_000;
        const int Workers = 2;
        var threads = Enumerable.Range(0, Workers).Select(w => new Thread(() =>
        {
            for (var i = w; i < Evaluations; i += Workers)
            {
                Analyzer.Analyze(Cases[i % Cases.Length]);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        var after = GC.GetTotalMemory(forceFullCollection: true);
        Assert.True(after - before < 4 * 1024 * 1024, $"retained {(after - before) / 1024} KB over {Evaluations} evaluations");
    }
}

/// <summary>The collection whose tests run without other tests in parallel.</summary>
[CollectionDefinition(ConcurrencyTests.Alone, DisableParallelization = true)]
public sealed class RunsAlone
{
}
