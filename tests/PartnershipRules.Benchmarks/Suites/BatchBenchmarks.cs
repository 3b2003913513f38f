using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using PartnershipRules.Facts;
using PartnershipRules.Model;

namespace PartnershipRules.Benchmarks.Suites;

/// <summary>
/// Batches of generated typical cases (seeded), one NRules session per case: sequential, and parallel on every core.
/// Cases are held without source maps (as an API caller builds them), and each result is consumed, not retained.
/// </summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private PartnershipCase[] _cases = Array.Empty<PartnershipCase>();

    /// <summary>The batch sizes: 100, 1,000 and 10,000 (100 only in the short mode).</summary>
    public static IEnumerable<int> Sizes => Modes.IsShort ? new[] { 100 } : new[] { 100, 1_000, 10_000 };

    /// <summary>Cases in the batch.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Cases { get; set; } = 100;

    /// <summary>Generates the batch.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _cases = new CaseGenerator(Workload.Seed).NextCases(Cases).Select(c => new PartnershipCase(c.Partnership)).ToArray();
        _ = Workload.Analyzer;
        _ = Workload.Floor;
    }

    /// <summary>The floor, one case after another.</summary>
    /// <returns>The number of findings.</returns>
    [Benchmark(Baseline = true)]
    public int FloorSequential()
    {
        var findings = 0;
        foreach (var item in _cases)
        {
            findings += Workload.Floor.Analyze(item).Findings.Count;
        }

        return findings;
    }

    /// <summary>The analyzer, one case after another.</summary>
    /// <returns>The number of findings.</returns>
    [Benchmark]
    public int NRulesSequential()
    {
        var findings = 0;
        foreach (var item in _cases)
        {
            findings += Workload.Analyzer.Analyze(item).Findings.Count;
        }

        return findings;
    }

    /// <summary>The analyzer shared by one worker per core, each case in its own session.</summary>
    /// <returns>The number of findings.</returns>
    [Benchmark]
    public int NRulesParallel()
    {
        var findings = 0;
        Parallel.ForEach(
            _cases,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => 0,
            (item, _, local) => local + Workload.Analyzer.Analyze(item).Findings.Count,
            local => Interlocked.Add(ref findings, local));
        return findings;
    }
}
