using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using PartnershipRules.Engine;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PartnershipRules.Benchmarks.Suites;
using PartnershipRules.Facts;
using PartnershipRules.Model;

namespace PartnershipRules.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/PartnershipRules.Benchmarks</c> runs every benchmark (out of process),
/// then the fresh-process cold start, and writes the results with their ratios to <c>results.md</c> in the artifacts
/// folder. <c>--short</c> is the CI smoke run: one in-process invocation of each benchmark (BenchmarkDotNet's dry
/// job), two cold starts; its timings mean nothing. Other modes: <c>--filter TEXT</c> (benchmark classes whose name
/// contains TEXT), <c>--cold-start N</c> (only the fresh-process cold start of the library, N runs),
/// <c>--scaling ROUNDS</c> (one evaluation's cost against partners 1 to 1,000 and the catalogue 1 to 4 times),
/// <c>--cold-start-tool N [--tool PATH]</c> (<c>partnership-rules check</c> on the typical case in N fresh processes,
/// phase by phase; PATH is an installed or published tool, the repository's build by default),
/// <c>--artifacts DIR</c>, and <c>--generate-jsonl COUNT FILE [--bad-every K]</c> (cases for <c>check --input</c>).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Contains(ColdStart.ChildFlag))
        {
            return ColdStart.Child(Console.Out);
        }

        if (Value(args, "--generate-jsonl") is { } count)
        {
            var bad = Value(args, "--bad-every") is { } every ? int.Parse(every, CultureInfo.InvariantCulture) : 0;
            return GenerateJsonl(int.Parse(count, CultureInfo.InvariantCulture), args[Array.IndexOf(args, "--generate-jsonl") + 2], bad);
        }

        if (Value(args, "--split") is { } splitCount)
        {
            return Split(int.Parse(splitCount, CultureInfo.InvariantCulture));
        }

        if (Value(args, "--compare") is { } rounds)
        {
            return Compare(int.Parse(rounds, CultureInfo.InvariantCulture), Value(args, "--case") ?? "typical");
        }

        if (Value(args, "--scaling") is { } scalingRounds)
        {
            return Scaling.Run(int.Parse(scalingRounds, CultureInfo.InvariantCulture), Console.Out);
        }

        if (Value(args, "--loop") is { } loops)
        {
            // For a profiler (dotnet-trace): the analyzer on one case, over and over (--copies K: the catalogue K times).
            var c = Workload.Case(Value(args, "--case") ?? "typical");
            var analyzer = Value(args, "--copies") is { } copies ? new PartnershipAnalyzer(Scaling.Copies(int.Parse(copies, CultureInfo.InvariantCulture))) : Workload.Analyzer;
            for (var i = int.Parse(loops, CultureInfo.InvariantCulture); i > 0; i--)
            {
                analyzer.Analyze(c);
            }

            Console.WriteLine($"{analyzer.Delegates.Promotions} of {analyzer.Delegates.Tiered} tiered delegates compiled");
            return 0;
        }

        if (Value(args, "--cold-start-tool") is { } toolRuns)
        {
            var tool = Value(args, "--tool") ?? ToolColdStart.DefaultTool();
            var casePath = Path.Combine(Path.GetDirectoryName(ToolColdStart.DefaultTool())!, "..", "..", "..", "..", "..", "rules", "examples", "community-regeneration.yaml");
            var measured = ToolColdStart.Measure(Path.GetFullPath(tool), Path.GetFullPath(casePath), int.Parse(toolRuns, CultureInfo.InvariantCulture), Console.Out);
            Console.WriteLine();
            Console.WriteLine(measured.Table());
            Console.WriteLine();
            Console.WriteLine("Load average (1, 5, 15 min): " + Interleaved.LoadAverage());
            return 0;
        }

        if (Value(args, "--cold-start") is { } runs)
        {
            var result = ColdStart.Measure(int.Parse(runs, CultureInfo.InvariantCulture), Console.Out);
            Console.WriteLine(ResultsReport.ColdStartLine(result));
            return 0;
        }

        var isShort = args.Contains("--short");
        if (isShort)
        {
            Environment.SetEnvironmentVariable(Modes.ShortVariable, "1");
        }

        var artifacts = Path.GetFullPath(Value(args, "--artifacts") ?? Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
        var filter = Value(args, "--filter");
        var suites = new[] { typeof(EvaluationBenchmarks), typeof(ColdStartBenchmarks), typeof(BatchBenchmarks), typeof(RuleScalingBenchmarks), typeof(PartnerScalingBenchmarks) }
            .Where(t => filter is null || t.Name.Contains(filter, StringComparison.OrdinalIgnoreCase))
            .ToList();

        // One BenchmarkDotNet run for every suite, each with its own job: ratios come from the same run and machine state.
        var runInfos = suites.Select(t => BenchmarkConverter.TypeToBenchmarks(t, Config(isShort, t == typeof(BatchBenchmarks), artifacts))).ToArray();
        var summaries = BenchmarkRunner.Run(runInfos);
        var failed = summaries.SelectMany(s => s.Reports).Where(r => !r.Success).Select(r => r.BenchmarkCase.DisplayInfo).ToList();

        ColdStart.Result? cold = null;
        if (filter is null || "ColdStart".Contains(filter, StringComparison.OrdinalIgnoreCase))
        {
            cold = ColdStart.Measure(isShort ? 2 : 10, Console.Out);
        }

        var report = ResultsReport.Write(summaries, cold, Workload.Peer, isShort);
        Directory.CreateDirectory(artifacts);
        var path = Path.Combine(artifacts, "results.md");
        File.WriteAllText(path, report);
        Console.WriteLine(report);
        Console.WriteLine("Results with ratios: " + path);
        foreach (var name in failed)
        {
            Console.Error.WriteLine("benchmark failed: " + name);
        }

        return failed.Count == 0 ? 0 : 1;
    }

    private static IConfig Config(bool isShort, bool isBatch, string artifacts)
    {
        Job job;
        if (isShort)
        {
            job = Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("Short");
        }
        else if (isBatch)
        {
            // A 10,000-case batch takes seconds: one warm-up and three measured iterations.
            job = Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithId("Batch");
        }
        else
        {
            job = Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15).WithId("Run");
        }

        return ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(ConsoleLogger.Default)
            .AddExporter(MarkdownExporter.GitHub)
            .WithArtifactsPath(artifacts)

            // The benchmark executable is built once per run; on a busy 2-core machine that can take minutes.
            .WithBuildTimeout(TimeSpan.FromMinutes(15));
    }

    /// <summary>One evaluation, interleaved rounds: gates only (the limit), the analyzer, the peer.</summary>
    private static int Compare(int rounds, string name)
    {
        var c = Workload.Case(name);
        var analyzer = Workload.Analyzer;
        var floor = Workload.Floor;
        var peer = Workload.Peer;
        var contenders = new List<Interleaved.Contender>
        {
            new("gates only", () => floor.FiredCount(c.Partnership)),
            new("gates + the analyzer's results, no NRules", () => floor.Analyze(c)),
            new("analyzer: outcomes, messages, criteria", () => analyzer.Analyze(c)),
            new("analyzer + every location, evidence item and missing fact read", () => ReadDetails(analyzer.Analyze(c))),
            new("RulesEngine peer (fired or not)", () => peer.Evaluate(c.Partnership)),
        };
        var figures = Interleaved.Measure(contenders, rounds, 200);
        Console.WriteLine($"case {name}, {rounds} rounds of 200 calls, load average {Interleaved.LoadAverage()}");
        Console.WriteLine(Interleaved.Table(figures, "gates only"));
        return 0;
    }

    /// <summary>Reads everything an evaluation traces on demand, as a report with evidence does.</summary>
    /// <param name="result">The result.</param>
    /// <returns>How many items were read.</returns>
    public static int ReadDetails(AnalysisResult result)
    {
        var read = 0;
        foreach (var r in result.Results)
        {
            read += r.MissingFacts.Count + (r.Finding is { } f ? f.Evidence.Count + f.Location.Path.Length : 0);
        }

        return read;
    }

    /// <summary>Where a batch line's time goes, single-threaded: reading the case document, and evaluating it.</summary>
    private static int Split(int count)
    {
        var generator = new CaseGenerator(Workload.Seed);
        var lines = Enumerable.Range(0, count).Select(_ => generator.NextJson()).ToList();
        var analyzer = Workload.Analyzer;
        var floor = Workload.Floor;
        foreach (var warm in lines.Take(50))
        {
            var c = CaseGenerator.Parse(warm, "warm");
            analyzer.Analyze(c);
            floor.Analyze(c);
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var cases = lines.Select(l => new PartnershipCase(CaseGenerator.Parse(l, "line").Partnership)).ToList();
        var parse = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        foreach (var c in cases)
        {
            analyzer.Analyze(c);
        }

        var analyze = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        foreach (var c in cases)
        {
            floor.Analyze(c);
        }

        var floorTime = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        foreach (var c in cases)
        {
            floor.FiredCount(c.Partnership);
        }

        var gates = watch.Elapsed.TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"per case, {count} generated typical cases: read {parse / count:F2} ms, NRules {analyze / count:F2} ms, floor {floorTime / count:F2} ms, gates only {gates / count:F3} ms; average line {lines.Average(l => l.Length):F0} characters"));
        return 0;
    }

    private static string? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    /// <summary>Writes generated typical cases, one JSON document per line; every K-th line is broken on purpose when asked.</summary>
    private static int GenerateJsonl(int count, string path, int badEvery)
    {
        var generator = new CaseGenerator(Workload.Seed);
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        for (var line = 1; line <= count; line++)
        {
            var json = generator.NextJson();
            writer.Write(badEvery > 0 && line % badEvery == 0 ? json.Substring(0, json.Length / 2) : json);
            writer.Write('\n');
        }

        return 0;
    }
}
