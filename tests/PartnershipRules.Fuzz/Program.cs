using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using PartnershipRules.Cases;
using PartnershipRules.Model;

namespace PartnershipRules.Fuzz;

/// <summary>
/// A mutation fuzzer for the rule loader, the case loader (with evaluation and every report writer) and the
/// configuration loader. It needs nothing beyond .NET: a seeded loop mutates the repository's own valid files, runs
/// each target on the result and checks its promises. A thrown exception, a broken promise, or one input taking over
/// the time limit is a crash: the input is written to the crash folder and the run exits 1.
/// </summary>
/// <example>
/// <code>
/// dotnet run -c Release --project tests/PartnershipRules.Fuzz -- --seconds 3600            # an hour, all targets
/// dotnet run -c Release --project tests/PartnershipRules.Fuzz -- --target cases --seed 42   # one target, one seed
/// dotnet run -c Release --project tests/PartnershipRules.Fuzz -- --replay fuzz-crashes/cases-1a2b3c4d.yaml
/// </code>
/// </example>
internal static class Program
{
    private const string Usage = """
        usage: PartnershipRules.Fuzz [--target rules|cases|config|all] [--seconds N] [--seed N]
                                     [--timeout-ms N] [--crashes DIR] [--corpus DIR]... [--repo DIR]
                                     [--trace] [--keep-going] [--compile-rules] [--replay FILE...]
          --target      what to fuzz (default all; the time is shared equally between targets)
          --seconds     how long to run in total (default 60)
          --seed        the seed of the mutation loop (default: random, printed so the run can be repeated)
          --timeout-ms  one input taking longer than this is a crash (default 1000)
          --crashes     where crashing inputs are written (default ./fuzz-crashes)
          --corpus      more seed files (default: tests/PartnershipRules.Tests/Fixtures/fuzz-regressions)
          --repo        the repository root (default: found above the current folder)
          --trace       write each input to CRASHES/last-input-TARGET before running it, to catch process deaths
          --keep-going  record every crash and go on; exit 1 at the end if there was any
          --compile-rules  also compile each rule file that loads cleanly and evaluate the examples with it (slower)
          --replay      run the given files once against the target (from --target, or from the file name) and stop
        exit codes: 0 no crash, 1 crash found, 2 bad arguments
        """;

    private static int Main(string[] args)
    {
        FuzzOptions options;
        try
        {
            options = FuzzOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine("error: " + ex.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        if (options.Help)
        {
            Console.WriteLine(Usage);
            return 0;
        }

        var repository = SeedCorpus.FindRepository(options.Repository);
        var corpus = options.Corpus.Count > 0
            ? options.Corpus
            : new List<string> { Path.Combine(repository, "tests", "PartnershipRules.Tests", "Fixtures", "fuzz-regressions") };
        var targets = new Targets
        {
            CompileRules = options.CompileRules,
            Examples = options.CompileRules
                ? Directory.GetFiles(Path.Combine(repository, "rules", "examples"), "*.yaml").OrderBy(f => f, StringComparer.Ordinal).Select(f => CaseFile.Load(f).Case!).ToList()
                : new List<PartnershipCase>(),
        };
        Console.WriteLine("Compiling the default catalogue...");
        targets.WarmUp();

        if (options.Replay.Count > 0)
        {
            return Replay(targets, options);
        }

        var selected = options.Target == "all" ? Targets.All.ToList() : new List<string> { options.Target };
        var seed = options.Seed ?? Random.Shared.Next();
        Console.WriteLine($"seed {seed.ToString(CultureInfo.InvariantCulture)}; {options.Seconds} s over {string.Join(", ", selected)}; a crash is an exception, a broken promise or an input over {options.TimeoutMs} ms");
        var crashes = 0;
        foreach (var target in selected)
        {
            var seconds = options.Seconds / selected.Count;
            var run = new FuzzRun(target, targets, SeedCorpus.For(target, repository, corpus), options, seed);
            crashes += run.Run(TimeSpan.FromSeconds(seconds));
            if (crashes > 0 && !options.KeepGoing)
            {
                break;
            }
        }

        Console.WriteLine(crashes == 0 ? "No crash found." : $"{crashes} crash(es) written to {Path.GetFullPath(options.Crashes)}.");
        return crashes == 0 ? 0 : 1;
    }

    private static int Replay(Targets targets, FuzzOptions options)
    {
        var failed = 0;
        foreach (var file in options.Replay)
        {
            var target = options.Target != "all" ? options.Target : Targets.All.FirstOrDefault(t => Path.GetFileName(file).StartsWith(t + "-", StringComparison.Ordinal));
            if (target is null)
            {
                Console.Error.WriteLine($"{file}: name the target with --target (the file name does not start with rules-, cases- or config-).");
                return 2;
            }

            var outcome = FuzzRun.RunOnce(targets, target, File.ReadAllBytes(file), out var elapsed);
            Console.WriteLine($"{file} [{target}] {elapsed.TotalMilliseconds:F0} ms: {outcome ?? "ok"}");
            if (outcome is not null || elapsed.TotalMilliseconds > options.TimeoutMs)
            {
                failed++;
            }
        }

        return failed == 0 ? 0 : 1;
    }
}
