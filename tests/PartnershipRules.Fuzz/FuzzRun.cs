using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;

namespace PartnershipRules.Fuzz;

/// <summary>
/// One target's loop: pick a seed or a kept input, mutate it, run the target, check the result. An input whose
/// behaviour (the set of diagnostic ids and outcomes) has not been seen before is kept as a seed itself, a cheap
/// stand-in for coverage guidance. A watchdog thread catches inputs that never finish.
/// </summary>
internal sealed class FuzzRun
{
    /// <summary>An input still running after this long is a hang: the run writes it and ends the process.</summary>
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(30);

    private const int MaxKept = 2_000;

    private readonly string _target;
    private readonly Targets _targets;
    private readonly List<byte[]> _pool;
    private readonly int _seeds;
    private readonly FuzzOptions _options;
    private readonly RandomChoices _choices;
    private readonly Mutator _mutator;
    private readonly HashSet<string> _behaviours = new(StringComparer.Ordinal);
    private readonly int _seed;

    private byte[]? _current;
    private long _currentStarted;

    public FuzzRun(string target, Targets targets, List<byte[]> seeds, FuzzOptions options, int seed)
    {
        if (seeds.Count == 0)
        {
            throw new InvalidOperationException($"No seed files for '{target}'.");
        }

        _target = target;
        _targets = targets;
        _pool = seeds;
        _seeds = seeds.Count;
        _options = options;
        _seed = seed;
        _choices = new RandomChoices(seed ^ target.GetHashCode(StringComparison.Ordinal));
        _mutator = new Mutator(seeds, seeds.SelectMany(Mutator.Harvest));
    }

    /// <summary>Runs one input, returning the problem (an exception's type and message, or a broken promise) or null.</summary>
    public static string? RunOnce(Targets targets, string target, byte[] input, out TimeSpan elapsed)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var result = targets.Run(target, input);
            elapsed = clock.Elapsed;
            return result.Problem;
        }
#pragma warning disable CA1031 // Any exception at all is what the fuzzer looks for.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            elapsed = clock.Elapsed;
            return ex.GetType().FullName + ": " + ex.Message + Environment.NewLine + ex.StackTrace;
        }
    }

    /// <summary>Fuzzes for the given time; returns the number of crashes written.</summary>
    public int Run(TimeSpan duration)
    {
        var crashes = 0;
        using var watchdog = new Timer(_ => CheckForHang(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        // The seeds first, unmutated: they are valid files and must pass; this also warms up the code they reach.
        var clean = 0;
        foreach (var seed in _pool.ToList())
        {
            var problem = Execute(seed, out _, out var behaviour);
            clean += behaviour.Contains("errors") || behaviour.Contains("refused") ? 0 : 1;
            if (problem is not null)
            {
                crashes++;
                Crash(seed, "seed: " + problem, 0);
                if (!_options.KeepGoing)
                {
                    return crashes;
                }
            }
        }

        Console.WriteLine($"[{_target}] {_seeds} seed(s), {clean} loading without errors; fuzzing for {duration.TotalSeconds:F0} s");
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        long executions = 0;
        long reported = -1;
        long slowest = 0;
        while (clock.Elapsed < duration)
        {
            var parent = _pool[_choices.Next(_pool.Count)];
            var input = _mutator.Mutate(parent, _choices);
            executions++;
            var problem = Execute(input, out var elapsed, out var behaviour);
            slowest = Math.Max(slowest, (long)elapsed.TotalMilliseconds);
            if (problem is null && elapsed.TotalMilliseconds > _options.TimeoutMs)
            {
                // A busy machine can stall any one run: only an input that is slow twice counts.
                Execute(input, out var again, out _);
                if (again.TotalMilliseconds > _options.TimeoutMs)
                {
                    problem = $"slow: {elapsed.TotalMilliseconds:F0} ms, then {again.TotalMilliseconds:F0} ms (limit {_options.TimeoutMs} ms)";
                }
            }

            if (problem is not null)
            {
                crashes++;
                Crash(input, problem, executions);
                if (!_options.KeepGoing)
                {
                    break;
                }
            }
            else if (_behaviours.Add(string.Join(",", behaviour.OrderBy(b => b, StringComparer.Ordinal))) && _pool.Count < _seeds + MaxKept && input.Length < 256 * 1024)
            {
                _pool.Add(input);
            }

            if (clock.Elapsed - lastReport > TimeSpan.FromSeconds(10))
            {
                lastReport = clock.Elapsed;
                reported = executions;
                Report(executions, clock.Elapsed, slowest);
            }
        }

        if (reported != executions)
        {
            Report(executions, clock.Elapsed, slowest);
        }
        return crashes;
    }

    private string? Execute(byte[] input, out TimeSpan elapsed, out IReadOnlyCollection<string> behaviour)
    {
        if (_options.Trace)
        {
            Directory.CreateDirectory(_options.Crashes);
            File.WriteAllBytes(Path.Combine(_options.Crashes, "last-input-" + _target), input);
        }

        Volatile.Write(ref _current, input);
        Interlocked.Exchange(ref _currentStarted, Stopwatch.GetTimestamp());
        var clock = Stopwatch.StartNew();
        try
        {
            var result = _targets.Run(_target, input);
            behaviour = result.Signature;
            return result.Problem;
        }
#pragma warning disable CA1031 // Any exception at all is what the fuzzer looks for.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            behaviour = Array.Empty<string>();
            return ex.GetType().FullName + ": " + ex.Message + Environment.NewLine + ex.StackTrace;
        }
        finally
        {
            elapsed = clock.Elapsed;
            Volatile.Write(ref _current, null);
        }
    }

    private void CheckForHang()
    {
        var input = Volatile.Read(ref _current);
        if (input is null || Stopwatch.GetElapsedTime(Interlocked.Read(ref _currentStarted)) < HangLimit)
        {
            return;
        }

        Crash(input, $"hang: still running after {HangLimit.TotalSeconds:F0} s", -1);
        Console.Out.Flush();
        Environment.Exit(1);
    }

    private void Crash(byte[] input, string problem, long execution)
    {
        Directory.CreateDirectory(_options.Crashes);
        var name = _target + "-" + Convert.ToHexString(SHA256.HashData(input)).Substring(0, 12).ToLowerInvariant();
        var path = Path.Combine(_options.Crashes, name + ".yaml");
        File.WriteAllBytes(path, input);
        var report = $"target {_target}, seed {_seed.ToString(CultureInfo.InvariantCulture)}, execution {execution.ToString(CultureInfo.InvariantCulture)}, {input.Length} bytes{Environment.NewLine}{problem}{Environment.NewLine}";
        File.WriteAllText(Path.Combine(_options.Crashes, name + ".txt"), report);
        Console.WriteLine($"CRASH [{_target}] {path}{Environment.NewLine}{report}");
        if (input.Length <= 4096)
        {
            // CI keeps the log, not the folder: the input in the log can be turned back into a file.
            Console.WriteLine("input (base64): " + Convert.ToBase64String(input));
        }
    }

    private void Report(long executions, TimeSpan elapsed, long slowest) =>
        Console.WriteLine($"[{_target}] {executions} inputs in {elapsed.TotalSeconds:F0} s ({executions / Math.Max(1, elapsed.TotalSeconds):F0}/s), {_pool.Count - _seeds} kept for new behaviour, {_behaviours.Count} behaviours, slowest {slowest} ms");
}
