using BenchmarkDotNet.Attributes;
using PartnershipRules.Engine;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Benchmarks.Suites;

/// <summary>
/// Cold start in process: load and validate the embedded catalogue and compile it into a ready analyzer (with the
/// JIT already warm; the fresh-process figure comes from <c>--cold-start</c>). The framework compiler is measured too,
/// to show what FastExpressionCompiler saves.
/// </summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "BenchmarkDotNet runs instance methods.")]
public class ColdStartBenchmarks
{
    /// <summary>Load, validate and compile with FastExpressionCompiler (the default).</summary>
    /// <returns>The analyzer.</returns>
    [Benchmark(Baseline = true)]
    public PartnershipAnalyzer LoadValidateCompile() => new(RuleCatalogue.LoadDefault());

    /// <summary>The same with <c>Expression.Compile</c>.</summary>
    /// <returns>The analyzer.</returns>
    [Benchmark]
    public PartnershipAnalyzer LoadValidateCompileFrameworkCompiler() => new(RuleCatalogue.LoadDefault(), new AnalyzerOptions { ExpressionCompiler = ExpressionCompiler.Framework });
}
