using System;
using System.CommandLine;
using System.IO;
using System.Threading.Tasks;

namespace PartnershipRules.Cli;

/// <summary>
/// <c>--timeout hh:mm:ss</c>, on every command: the whole run's time budget, over reading, compiling, evaluating and
/// writing alike (<c>--evaluation-timeout</c> bounds each evaluation only). Past it the tool says so and exits 2, and an
/// <c>--output</c> file is left as it was.
/// </summary>
internal static class RunTimeout
{
    public const string Name = "--timeout";

    public static Option<TimeSpan?> Option()
    {
        var option = ValueOptions.Duration(Name, "A time budget for the whole run, as hh:mm:ss (e.g. 00:05:00); past it the run stops with exit 2 and an --output file is left as it was.", "00:05:00");
        option.Recursive = true;
        return option;
    }

    /// <summary>Runs the command, within the budget when one is given.</summary>
    public static int Run(TimeSpan? budget, Func<int> command, RunDeadline deadline, TextWriter error)
    {
        if (budget is not { } limit)
        {
            return command();
        }

        var run = Task.Run(command);
        if (((IAsyncResult)run).AsyncWaitHandle.WaitOne(limit) || !deadline.GiveUp())
        {
            // Finished, or finishing (its output is being made visible): its own exit code, or its own failure.
            return run.GetAwaiter().GetResult();
        }

        // The command goes on until it next looks at the cancellation; what it does then is never seen.
        run.ContinueWith(t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously);
        error.WriteLine($"error: the run was stopped at {Name} {limit:c}: whatever it wrote to standard output is incomplete, and an --output file is as it was. Give a longer {Name}, a shorter --evaluation-timeout for each case, or fewer cases.");
        return ExitCodes.InvalidInput;
    }
}
