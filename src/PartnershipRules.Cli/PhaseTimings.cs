using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace PartnershipRules.Cli;

/// <summary>
/// Where a run's time went, phase by phase, with the methods the JIT compiled in each: written to standard error when
/// the environment variable <c>PARTNERSHIPRULES_TIMINGS</c> is 1 (the cold-start benchmark reads it). Off, it costs
/// nothing: the tool gets no instance.
/// </summary>
internal sealed class PhaseTimings
{
    /// <summary>The environment variable that turns the timings on.</summary>
    public const string Variable = "PARTNERSHIPRULES_TIMINGS";

    private readonly List<(string Phase, double Milliseconds, long Methods, double JitMilliseconds)> _phases = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly double _beforeMain;
    private double _last;
    private long _lastMethods;
    private double _lastJit;

    private PhaseTimings()
    {
        using var process = Process.GetCurrentProcess();
        _beforeMain = (DateTime.Now - process.StartTime).TotalMilliseconds;
        (_lastMethods, _lastJit) = Jit();
    }

    /// <summary>Timings when the environment asks for them, otherwise null.</summary>
    public static PhaseTimings? FromEnvironment() =>
        Environment.GetEnvironmentVariable(Variable) == "1" ? new PhaseTimings() : null;

    /// <summary>Ends a phase: the time and JIT work since the previous mark are charged to it.</summary>
    public void Mark(string phase)
    {
        var now = _clock.Elapsed.TotalMilliseconds;
        var (methods, jit) = Jit();
        _phases.Add((phase, now - _last, methods - _lastMethods, jit - _lastJit));
        (_last, _lastMethods, _lastJit) = (now, methods, jit);
    }

    /// <summary>One line: <c>timings: start 61 ms; options 22 ms (140 methods jitted, 18 ms); ...; total 480 ms</c>.</summary>
    public void Write(TextWriter error)
    {
        var parts = new List<string> { Invariant($"start {_beforeMain:F0} ms") };
        parts.AddRange(_phases.Select(p => Invariant($"{p.Phase} {p.Milliseconds:F0} ms ({p.Methods} methods jitted, {p.JitMilliseconds:F0} ms)")));
        parts.Add(Invariant($"total {_beforeMain + _clock.Elapsed.TotalMilliseconds:F0} ms"));
        error.WriteLine("timings: " + string.Join("; ", parts));
    }

    private static (long Methods, double Milliseconds) Jit() =>
        (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
