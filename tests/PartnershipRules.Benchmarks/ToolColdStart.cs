using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace PartnershipRules.Benchmarks;

/// <summary>
/// <c>partnership-rules check CASE</c> in fresh processes, from process start to exit, with the phases the tool reports
/// when <c>PARTNERSHIPRULES_TIMINGS=1</c>. The tool measured is the one given (an installed or published tool, e.g.
/// ReadyToRun), or the repository's build.
/// </summary>
internal static class ToolColdStart
{
    private static readonly Regex Phase = new(@"(?<name>[a-z ]+?) (?<ms>\d+) ms(?: \((?<methods>\d+) methods jitted, (?<jit>\d+) ms\))?", RegexOptions.CultureInvariant);

    /// <summary>The repository's build of the tool, relative to this program.</summary>
    public static string DefaultTool()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PartnershipRules.sln")))
        {
            directory = directory.Parent;
        }

        return directory is null
            ? throw new InvalidOperationException("Give --tool PATH: the repository's build of the tool was not found.")
            : Path.Combine(directory.FullName, "src", "PartnershipRules.Cli", "bin", "Release", "net10.0", "partnership-rules.dll");
    }

    /// <summary>Runs the tool <paramref name="runs"/> times on the case and returns the median of every phase.</summary>
    public static Result Measure(string tool, string casePath, int runs, TextWriter log)
    {
        var samples = new List<Dictionary<string, (double Ms, double Methods, double Jit)>>();
        var walls = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            if (tool.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            {
                start.FileName = "dotnet";
                start.ArgumentList.Add(tool);
            }
            else
            {
                start.FileName = tool;
            }

            foreach (var argument in new[] { "check", casePath })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["PARTNERSHIPRULES_TIMINGS"] = "1";
            var wall = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            wall.Stop();
            _ = output.Result;
            var line = error.Split('\n').FirstOrDefault(l => l.StartsWith("timings: ", StringComparison.Ordinal))
                ?? throw new InvalidOperationException("The tool printed no timings (exit " + process.ExitCode + "): " + error);
            var phases = Phase.Matches(line["timings: ".Length..]).ToDictionary(
                m => m.Groups["name"].Value.Trim(),
                m => (Parse(m.Groups["ms"].Value), m.Groups["methods"].Success ? Parse(m.Groups["methods"].Value) : 0, m.Groups["jit"].Success ? Parse(m.Groups["jit"].Value) : 0));
            samples.Add(phases);
            walls.Add(wall.Elapsed.TotalMilliseconds);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tool cold start {i + 1}/{runs}: process wall {wall.Elapsed.TotalMilliseconds:F0} ms; {line["timings: ".Length..]}"));
        }

        var names = samples[0].Keys.ToList();
        var medians = names.Select(n => new PhaseTiming(
            n,
            Interleaved.Median(samples.Select(s => s[n].Ms)),
            Interleaved.Median(samples.Select(s => s[n].Methods)),
            Interleaved.Median(samples.Select(s => s[n].Jit)))).ToList();
        return new Result(runs, tool, Interleaved.Median(walls), medians);
    }

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>One phase's median time and the median number and time of methods the JIT compiled in it.</summary>
    public sealed record PhaseTiming(string Name, double Milliseconds, double MethodsJitted, double JitMilliseconds);

    /// <summary>The medians of a set of runs.</summary>
    public sealed record Result(int Runs, string Tool, double ProcessWall, IReadOnlyList<PhaseTiming> Phases)
    {
        /// <summary>A Markdown table of the phases and the process wall time.</summary>
        public string Table()
        {
            var lines = new List<string>
            {
                $"Tool cold start, `check` on the typical case in a fresh process (median of {Runs}): {Tool}",
                string.Empty,
                "| phase | ms | methods jitted | JIT ms |",
                "| --- | ---: | ---: | ---: |",
            };
            lines.AddRange(Phases.Select(p => string.Create(CultureInfo.InvariantCulture, $"| {p.Name} | {p.Milliseconds:F0} | {p.MethodsJitted:F0} | {p.JitMilliseconds:F0} |")));
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"| **process start to exit** (measured outside) | **{ProcessWall:F0}** | | |"));
            return string.Join(Environment.NewLine, lines);
        }
    }
}
