using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using PartnershipRules.Engine;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Benchmarks;

/// <summary>
/// Cold start in fresh processes: the program starts itself N times in child mode; each child loads, validates and
/// compiles the embedded catalogue, then evaluates the typical case once, and reports its timings. Medians are reported.
/// </summary>
internal static class ColdStart
{
    public const string ChildFlag = "--cold-start-child";

    /// <summary>Child mode: prints one line of timings in milliseconds.</summary>
    public static int Child(TextWriter output)
    {
        var inMain = Stopwatch.StartNew();
        var catalogue = RuleCatalogue.LoadDefault();
        var loaded = inMain.Elapsed.TotalMilliseconds;
        var analyzer = new PartnershipAnalyzer(catalogue);
        var ready = inMain.Elapsed.TotalMilliseconds;
        var sinceProcessStart = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
        var first = Stopwatch.StartNew();
        var result = analyzer.Analyze(Workload.Typical);
        var firstEvaluation = first.Elapsed.TotalMilliseconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ready:F1} {sinceProcessStart:F1} {firstEvaluation:F1} {loaded:F1} {result.Findings.Count}"));
        return 0;
    }

    /// <summary>Runs the children and returns the medians.</summary>
    public static Result Measure(int runs, TextWriter log)
    {
        var samples = new List<(double Ready, double SinceStart, double First, double Wall, double Loaded)>();
        for (var i = 0; i < runs; i++)
        {
            var start = new ProcessStartInfo { RedirectStandardOutput = true, UseShellExecute = false };
            var host = Environment.ProcessPath!;
            if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            {
                start.FileName = host;
                start.ArgumentList.Add(typeof(ColdStart).Assembly.Location);
            }
            else
            {
                start.FileName = host;
            }

            start.ArgumentList.Add(ChildFlag);
            var wall = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var line = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            var elapsed = wall.Elapsed.TotalMilliseconds;
            var parts = line.Split(' ');
            if (process.ExitCode != 0 || parts.Length < 4)
            {
                throw new InvalidOperationException("Cold-start child failed: " + line);
            }

            var sample = (Parse(parts[0]), Parse(parts[1]), Parse(parts[2]), elapsed, Parse(parts[3]));
            samples.Add(sample);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold start {i + 1}/{runs}: catalogue loaded {sample.Item5:F0} ms and analyzer ready {sample.Item1:F0} ms after Main, {sample.Item2:F0} ms after process start; first evaluation {sample.Item3:F0} ms; process wall {elapsed:F0} ms"));
        }

        return new Result(
            runs,
            Interleaved.Median(samples.Select(s => s.Ready)),
            Interleaved.Median(samples.Select(s => s.SinceStart)),
            Interleaved.Median(samples.Select(s => s.First)),
            Interleaved.Median(samples.Select(s => s.Wall)),
            Interleaved.Median(samples.Select(s => s.Loaded)));
    }

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    public sealed record Result(int Runs, double ReadyAfterMain, double ReadyAfterProcessStart, double FirstEvaluation, double ProcessWall, double CatalogueLoaded);
}
