using System;
using System.IO;
using System.Threading.Tasks;

namespace PartnershipRules.Cli;

/// <summary>
/// Opens the <c>--input</c> of a batch. It may well be a pipe (<c>--input &lt;(export-cases)</c>), which is read as it
/// comes; but opening a pipe that has no writer blocks for ever, so the open is given up after a wait.
/// </summary>
internal static class LinesInput
{
    /// <summary>How long opening the input may take.</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    public static Stream Open(string path)
    {
        var opening = Task.Run(() => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16));
        if (((IAsyncResult)opening).AsyncWaitHandle.WaitOne(Wait))
        {
            // A failure to open is rethrown as itself (Task.Wait would have wrapped it).
            return opening.GetAwaiter().GetResult();
        }

        // If a writer comes later, the stream opened then is closed at once.
        opening.ContinueWith(t => t.Result.Dispose(), TaskContinuationOptions.OnlyOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously);
        opening.ContinueWith(t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously);
        throw new IOException($"it could not be opened within {Wait.TotalSeconds:0} seconds: a pipe with no writer? Start the program that writes it, or give the lines on standard input with '-'");
    }
}
