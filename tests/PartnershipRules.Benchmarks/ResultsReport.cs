using PartnershipRules.Benchmarks.Peer;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Reports;

namespace PartnershipRules.Benchmarks;

/// <summary>Turns one run's summaries into the README's tables: means, allocations, the ratios and the targets.</summary>
internal static class ResultsReport
{
    private const double TargetFloorRatio = 5;
    private const double TargetPeerRatio = 10;
    private const double TargetColdStartMs = 500;
    private const double TargetAllocatedKb = 64;

    public static string ColdStartLine(ColdStart.Result cold) => Invariant(
        $"Cold start, fresh process (median of {cold.Runs}): analyzer ready {cold.ReadyAfterProcessStart:F0} ms after process start ({cold.ReadyAfterMain:F0} ms after Main, of which loading and validating the catalogue {cold.CatalogueLoaded:F0} ms); first evaluation {cold.FirstEvaluation:F0} ms; whole process {cold.ProcessWall:F0} ms");

    public static string Write(IEnumerable<Summary> summaries, ColdStart.Result? cold, RulesEnginePeer peer, bool isShort)
    {
        var rows = summaries.SelectMany(s => s.Reports).Where(r => r.Success && r.ResultStatistics is not null).Select(r => new Row(
            r.BenchmarkCase.Descriptor.Type.Name,
            r.BenchmarkCase.Descriptor.WorkloadMethod.Name,
            r.BenchmarkCase.Parameters.Items.Count == 0 ? string.Empty : Convert.ToString(r.BenchmarkCase.Parameters.Items[0].Value, CultureInfo.InvariantCulture) ?? string.Empty,
            // The median, not the mean: on a shared machine a burst of other work lands on a few iterations, and the
            // median is the figure such bursts move least.
            r.ResultStatistics!.Median,
            r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase) ?? 0)).ToList();
        var text = new StringBuilder();
        if (isShort)
        {
            text.AppendLine("SHORT RUN (one in-process invocation per benchmark): the timings below are not measurements.").AppendLine();
        }

        text.AppendLine("Times are medians per operation; ratios are of medians from this one run.").AppendLine();
        text.AppendLine(Invariant($"RulesEngine peer: {peer.Translated.Count} of {peer.Total} rules translated; left out: {string.Join(", ", peer.Skipped.GroupBy(s => Reason(s.Value)).Select(g => Invariant($"{g.Count()} {g.Key}")))}."));
        text.AppendLine();
        Evaluation(text, rows);
        ColdStartTable(text, rows, cold);
        Batch(text, rows);
        Scaling(text, rows, "RuleScalingBenchmarks", "rules", p => RuleCount(p));
        Scaling(text, rows, "PartnerScalingBenchmarks", "partners", p => p);
        return text.ToString();
    }

    private static void Evaluation(StringBuilder text, List<Row> rows)
    {
        var evaluation = rows.Where(r => r.Suite == "EvaluationBenchmarks").ToList();
        if (evaluation.Count == 0)
        {
            return;
        }

        text.AppendLine("| one evaluation, full catalogue | floor | NRules (analyzer) | RulesEngine (peer) | NRules / floor | RulesEngine / NRules | floor, gates only | RulesEngine / gates only | allocated: floor / NRules / RulesEngine |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var name in new[] { "typical", "sparse", "large" })
        {
            var floor = Find(evaluation, "Floor", name);
            var nrules = Find(evaluation, "NRules", name);
            var peer = Find(evaluation, "RulesEngine", name);
            var gates = Find(evaluation, "FloorGatesOnly", name);
            if (floor is null || nrules is null || peer is null || gates is null)
            {
                continue;
            }

            text.AppendLine(Invariant($"| {name} | {Time(floor.Mean)} | {Time(nrules.Mean)} | {Time(peer.Mean)} | {nrules.Mean / floor.Mean:F2}x | {peer.Mean / nrules.Mean:F2}x | {Time(gates.Mean)} | {peer.Mean / gates.Mean:F2}x | {Kb(floor.Allocated)} / {Kb(nrules.Allocated)} / {Kb(peer.Allocated)} |"));
        }

        text.AppendLine();
        var typicalFloor = Find(evaluation, "Floor", "typical");
        var typicalNRules = Find(evaluation, "NRules", "typical");
        var typicalPeer = Find(evaluation, "RulesEngine", "typical");
        if (typicalFloor is not null && typicalNRules is not null && typicalPeer is not null)
        {
            var floorRatio = typicalNRules.Mean / typicalFloor.Mean;
            var peerRatio = typicalPeer.Mean / typicalNRules.Mean;
            var kb = typicalNRules.Allocated / 1024.0;
            text.AppendLine(Invariant($"- target: typical evaluation at most {TargetFloorRatio}x the floor: {floorRatio:F2}x, {Verdict(floorRatio <= TargetFloorRatio, floorRatio / TargetFloorRatio)}"));
            text.AppendLine(Invariant($"- target: at least {TargetPeerRatio}x faster than the peer: {peerRatio:F2}x, {Verdict(peerRatio >= TargetPeerRatio, TargetPeerRatio / peerRatio)}"));
            text.AppendLine(Invariant($"- target: at most {TargetAllocatedKb} KB allocated per evaluation: {kb:F1} KB, {Verdict(kb <= TargetAllocatedKb, kb / TargetAllocatedKb)}"));
        }

        text.AppendLine();
    }

    private static void ColdStartTable(StringBuilder text, List<Row> rows, ColdStart.Result? cold)
    {
        var inProcess = rows.Where(r => r.Suite == "ColdStartBenchmarks").ToList();
        foreach (var row in inProcess)
        {
            text.AppendLine(Invariant($"- cold start in process (JIT warm), {row.Method}: {Time(row.Mean)}, {Kb(row.Allocated)} allocated"));
        }

        if (cold is not null)
        {
            text.AppendLine("- " + ColdStartLine(cold));
            text.AppendLine(Invariant($"- target: cold start under {TargetColdStartMs} ms in a fresh process: {cold.ReadyAfterProcessStart:F0} ms, {Verdict(cold.ReadyAfterProcessStart < TargetColdStartMs, cold.ReadyAfterProcessStart / TargetColdStartMs)}"));
        }

        text.AppendLine();
    }

    private static void Batch(StringBuilder text, List<Row> rows)
    {
        var batch = rows.Where(r => r.Suite == "BatchBenchmarks").ToList();
        if (batch.Count == 0)
        {
            return;
        }

        text.AppendLine("| batch of generated cases | floor, sequential | NRules, sequential | NRules, parallel (all cores) | NRules sequential / floor | parallel speed-up | NRules parallel, cases/s |");
        text.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var size in batch.Select(r => r.Parameter).Distinct().OrderBy(p => int.Parse(p, CultureInfo.InvariantCulture)))
        {
            var floor = Find(batch, "FloorSequential", size);
            var sequential = Find(batch, "NRulesSequential", size);
            var parallel = Find(batch, "NRulesParallel", size);
            if (floor is null || sequential is null || parallel is null)
            {
                continue;
            }

            var cases = int.Parse(size, CultureInfo.InvariantCulture);
            text.AppendLine(Invariant($"| {cases:N0} | {Time(floor.Mean)} | {Time(sequential.Mean)} | {Time(parallel.Mean)} | {sequential.Mean / floor.Mean:F2}x | {sequential.Mean / parallel.Mean:F2}x | {cases / (parallel.Mean / 1e9):N0} |"));
        }

        text.AppendLine();
    }

    private static void Scaling(StringBuilder text, List<Row> rows, string suite, string what, Func<string, string> label)
    {
        var scaling = rows.Where(r => r.Suite == suite).ToList();
        if (scaling.Count == 0)
        {
            return;
        }

        text.AppendLine(Invariant($"| {what} | floor | NRules | NRules / floor | NRules allocated |"));
        text.AppendLine("| ---: | ---: | ---: | ---: | ---: |");
        foreach (var parameter in scaling.Select(r => r.Parameter).Distinct())
        {
            var floor = Find(scaling, "Floor", parameter);
            var nrules = Find(scaling, "NRules", parameter);
            if (floor is null || nrules is null)
            {
                continue;
            }

            text.AppendLine(Invariant($"| {label(parameter)} | {Time(floor.Mean)} | {Time(nrules.Mean)} | {nrules.Mean / floor.Mean:F2}x | {Kb(nrules.Allocated)} |"));
        }

        text.AppendLine();
    }

    private static string RuleCount(string share) =>
        Workload.Subset(double.Parse(share, CultureInfo.InvariantCulture)).Definitions.Count.ToString(CultureInfo.InvariantCulture);

    private static Row? Find(List<Row> rows, string method, string parameter) => rows.Find(r => r.Method == method && r.Parameter == parameter);

    private static string Reason(string reason) => reason.StartsWith("rejected", StringComparison.Ordinal) ? "rejected by RulesEngine" : reason;

    private static string Verdict(bool met, double factor) => met ? "met" : Invariant($"MISSED by {factor:F1}x");

    private static string Time(double nanoseconds) => nanoseconds switch
    {
        >= 1e9 => Invariant($"{nanoseconds / 1e9:F2} s"),
        >= 1e6 => Invariant($"{nanoseconds / 1e6:F2} ms"),
        _ => Invariant($"{nanoseconds / 1e3:F1} µs"),
    };

    private static string Kb(long bytes) => Invariant($"{bytes / 1024.0:N1} KB");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>One benchmark's median time per operation (in <c>Mean</c>, the name the tables use) and its allocations.</summary>
    private sealed record Row(string Suite, string Method, string Parameter, double Mean, long Allocated);
}
