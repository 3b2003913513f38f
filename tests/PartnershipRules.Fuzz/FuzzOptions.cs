using System;
using System.Collections.Generic;
using System.Globalization;

namespace PartnershipRules.Fuzz;

/// <summary>The command line of the fuzzer.</summary>
internal sealed class FuzzOptions
{
    public string Target { get; private set; } = "all";

    public int Seconds { get; private set; } = 60;

    public int? Seed { get; private set; }

    public int TimeoutMs { get; private set; } = 1000;

    public string Crashes { get; private set; } = "fuzz-crashes";

    public List<string> Corpus { get; } = new();

    public string? Repository { get; private set; }

    public bool Trace { get; private set; }

    public bool KeepGoing { get; private set; }

    public bool CompileRules { get; private set; }

    public bool Help { get; private set; }

    public List<string> Replay { get; } = new();

    public static FuzzOptions Parse(string[] args)
    {
        var options = new FuzzOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException(args[i] + " needs a value.");
            int Number(int min)
            {
                var name = args[i];
                var text = Value();
                return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min
                    ? n
                    : throw new ArgumentException($"{name} needs a whole number of at least {min}, not '{text}'.");
            }

            switch (args[i])
            {
                case "--target":
                    options.Target = Value();
                    if (options.Target != "all" && !System.Linq.Enumerable.Contains(Targets.All, options.Target))
                    {
                        throw new ArgumentException($"--target is one of all, {string.Join(", ", Targets.All)}; not '{options.Target}'.");
                    }

                    break;
                case "--seconds":
                    options.Seconds = Number(1);
                    break;
                case "--seed":
                    options.Seed = Number(0);
                    break;
                case "--timeout-ms":
                    options.TimeoutMs = Number(1);
                    break;
                case "--crashes":
                    options.Crashes = Value();
                    break;
                case "--corpus":
                    options.Corpus.Add(Value());
                    break;
                case "--repo":
                    options.Repository = Value();
                    break;
                case "--trace":
                    options.Trace = true;
                    break;
                case "--keep-going":
                    options.KeepGoing = true;
                    break;
                case "--compile-rules":
                    options.CompileRules = true;
                    break;
                case "--replay":
                    while (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        options.Replay.Add(args[++i]);
                    }

                    if (options.Replay.Count == 0)
                    {
                        throw new ArgumentException("--replay needs at least one file.");
                    }

                    break;
                case "--help" or "-h":
                    options.Help = true;
                    break;
                default:
                    throw new ArgumentException($"unknown argument '{args[i]}'.");
            }
        }

        return options;
    }
}
