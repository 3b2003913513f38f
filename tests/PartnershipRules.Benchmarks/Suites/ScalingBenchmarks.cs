using BenchmarkDotNet.Attributes;
using PartnershipRules.Engine;
using PartnershipRules.Model;

namespace PartnershipRules.Benchmarks.Suites;

/// <summary>How one evaluation's cost grows with the number of rules: about a quarter, a half and all of the catalogue, on the typical case.</summary>
[MemoryDiagnoser]
public class RuleScalingBenchmarks
{
    private PartnershipAnalyzer _analyzer = null!;
    private FloorEvaluator _floor = null!;

    /// <summary>The share of the catalogue compiled.</summary>
    [Params(0.25, 0.5, 1.0)]
    public double Share { get; set; } = 1.0;

    /// <summary>Compiles the subset.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var catalogue = Workload.Subset(Share);
        _analyzer = new PartnershipAnalyzer(catalogue);
        _floor = new FloorEvaluator(catalogue);
    }

    /// <summary>The floor.</summary>
    /// <returns>The result.</returns>
    [Benchmark(Baseline = true)]
    public AnalysisResult Floor() => _floor.Analyze(Workload.Typical);

    /// <summary>The analyzer.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public AnalysisResult NRules() => _analyzer.Analyze(Workload.Typical);
}

/// <summary>How one evaluation's cost grows with the number of partners (generated typical cases, 2 funding streams, 2 forums).</summary>
[MemoryDiagnoser]
public class PartnerScalingBenchmarks
{
    private PartnershipCase _case = null!;

    /// <summary>Partners in the case.</summary>
    [Params(2, 8, 20)]
    public int Partners { get; set; } = 2;

    /// <summary>Generates the case.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _case = new CaseGenerator(Workload.Seed, CaseProfile.Typical, Partners, funding: 2, forums: 2).NextCase();
        _ = Workload.Analyzer;
        _ = Workload.Floor;
    }

    /// <summary>The floor.</summary>
    /// <returns>The result.</returns>
    [Benchmark(Baseline = true)]
    public AnalysisResult Floor() => Workload.Floor.Analyze(_case);

    /// <summary>The analyzer.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public AnalysisResult NRules() => Workload.Analyzer.Analyze(_case);
}
