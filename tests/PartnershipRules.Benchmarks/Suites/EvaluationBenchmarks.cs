using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using PartnershipRules.Facts;
using PartnershipRules.Model;
using RulesEngine.Models;

namespace PartnershipRules.Benchmarks.Suites;

/// <summary>
/// One evaluation of the full default catalogue on one case: the floor (compiled conditions, no NRules), the analyzer
/// (NRules), and the peer (RulesEngine on the translated rules). Ratios are to the floor.
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private PartnershipCase _case = Workload.Typical;

    /// <summary>typical, sparse or large.</summary>
    [Params("typical", "sparse", "large")]
    public string Case { get; set; } = "typical";

    /// <summary>Builds the three engines and picks the case.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _case = Workload.Case(Case);
        _ = Workload.Analyzer;
        _ = Workload.Floor;
        _ = Workload.Peer;
    }

    /// <summary>The floor: each rule's compiled gate, and the same result building for the rules that did not stay quiet.</summary>
    /// <returns>The result.</returns>
    [Benchmark(Baseline = true)]
    public AnalysisResult Floor() => Workload.Floor.Analyze(_case);

    /// <summary>The floor's gates alone, no results built: like for like with the peer.</summary>
    /// <returns>The number of rules that fired.</returns>
    [Benchmark]
    public int FloorGatesOnly() => Workload.Floor.FiredCount(_case.Partnership);

    /// <summary>The analyzer: one NRules session for the case.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public AnalysisResult NRules() => Workload.Analyzer.Analyze(_case);

    /// <summary>The peer: RulesEngine over the translated rules (fired or not, no findings built).</summary>
    /// <returns>RulesEngine's results.</returns>
    [Benchmark]
    public List<RuleResultTree> RulesEngine() => Workload.Peer.Evaluate(_case.Partnership);
}
