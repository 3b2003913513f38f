using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;

namespace PartnershipRules.Benchmarks;

/// <summary>
/// Ratios that survive a shared machine: the contenders run in interleaved rounds (A, B, C, A, B, C, ...), each round
/// a fixed number of calls timed by this thread's own CPU clock (time other processes take is not counted) and
/// weighed by this thread's allocations. The table gives each contender's median and spread over the rounds and, per
/// round, its ratio to the baseline measured in the same round; the median of those ratios is the figure to quote.
/// </summary>
public static class Interleaved
{
    /// <summary>One thing to measure.</summary>
    /// <param name="Name">Its name in the table.</param>
    /// <param name="Run">One call.</param>
    public sealed record Contender(string Name, Action Run);

    /// <summary>One contender's figures over every round.</summary>
    /// <param name="Name">The contender.</param>
    /// <param name="Microseconds">CPU time per call, per round.</param>
    /// <param name="Bytes">Bytes allocated per call, per round.</param>
    /// <param name="Ratios">Per round: this contender's time over the baseline's in the same round.</param>
    public sealed record Figures(string Name, IReadOnlyList<double> Microseconds, IReadOnlyList<double> Bytes, IReadOnlyList<double> Ratios)
    {
        /// <summary>Median CPU time per call.</summary>
        public double MedianMicroseconds => Median(Microseconds);

        /// <summary>Median bytes per call.</summary>
        public double MedianBytes => Median(Bytes);

        /// <summary>Median ratio to the baseline.</summary>
        public double MedianRatio => Median(Ratios);
    }

    /// <summary>Measures the contenders in interleaved rounds; the first contender is the baseline of the ratios.</summary>
    /// <param name="contenders">What to measure, baseline first.</param>
    /// <param name="rounds">How many rounds.</param>
    /// <param name="calls">Calls per contender per round.</param>
    /// <returns>The figures, in the contenders' order.</returns>
    public static IReadOnlyList<Figures> Measure(IReadOnlyList<Contender> contenders, int rounds, int calls)
    {
        ArgumentNullException.ThrowIfNull(contenders);
        foreach (var contender in contenders)
        {
            // Warm up: JIT, tiering and caches, so round one measures the same code as round ten.
            for (var i = 0; i < Math.Max(calls, 200); i++)
            {
                contender.Run();
            }
        }

        var time = contenders.Select(_ => new List<double>()).ToArray();
        var bytes = contenders.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            // Each round starts with a different contender, so none always runs right after a collection.
            for (var k = 0; k < contenders.Count; k++)
            {
                var index = (k + round) % contenders.Count;
                var run = contenders[index].Run;
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var start = ThreadCpuSeconds();
                for (var i = 0; i < calls; i++)
                {
                    run();
                }

                time[index].Add((ThreadCpuSeconds() - start) * 1e6 / calls);
                bytes[index].Add((GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)calls);
            }
        }

        return contenders.Select((c, i) => new Figures(c.Name, time[i], bytes[i], time[i].Select((t, r) => t / time[0][r]).ToList())).ToList();
    }

    /// <summary>The figures as a Markdown table: median, spread (lowest to highest round) and median ratio to the baseline.</summary>
    /// <param name="figures">The figures, baseline first.</param>
    /// <param name="ratioTo">The column header of the ratio (the baseline's name).</param>
    /// <returns>The table.</returns>
    public static string Table(IReadOnlyList<Figures> figures, string ratioTo)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"| | CPU µs / call (median) | spread over rounds | × {ratioTo} (median of per-round ratios) | KB allocated / call |\n");
        text.Append("| --- | ---: | ---: | ---: | ---: |\n");
        foreach (var f in figures)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {f.Name} | {f.MedianMicroseconds:N1} | {f.Microseconds.Min():N1}–{f.Microseconds.Max():N1} | {f.MedianRatio:N2}x | {f.MedianBytes / 1024:N1} |\n");
        }

        return text.ToString();
    }

    /// <summary>The load average when the table was taken (Linux), so a reader knows how busy the machine was.</summary>
    /// <returns>"1.23 0.98 0.80" or "unknown".</returns>
    public static string LoadAverage()
    {
        try
        {
            var parts = System.IO.File.ReadAllText("/proc/loadavg").Split(' ');
            return string.Join(' ', parts.Take(3));
        }
        catch (System.IO.IOException)
        {
            return "unknown";
        }
        catch (UnauthorizedAccessException)
        {
            return "unknown";
        }
    }

    /// <summary>The median of some figures (NaN for none): the one every table of the benchmarks quotes.</summary>
    /// <param name="values">The figures.</param>
    /// <returns>Their median.</returns>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>This thread's CPU time in seconds (CLOCK_THREAD_CPUTIME_ID on Linux; wall time elsewhere).</summary>
    private static double ThreadCpuSeconds()
    {
        if (OperatingSystem.IsLinux() && NativeMethods.clock_gettime(3, out var spec) == 0)
        {
            return spec.Seconds + (spec.Nanoseconds / 1e9);
        }

        return System.Diagnostics.Stopwatch.GetTimestamp() / (double)System.Diagnostics.Stopwatch.Frequency;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = false)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SA1300, IDE1006 // the C library's name
        public static extern int clock_gettime(int clock, out TimeSpec time);
#pragma warning restore SA1300, IDE1006
    }
}
