using System;
using System.IO;
using System.Threading.Tasks;

namespace PartnershipRules.Documents;

/// <summary>
/// Reading a path that may not be a regular file. A pipe with no writer blocks whoever opens it, and a terminal or a
/// stuck pipe blocks whoever reads it, for ever; .NET cannot tell them from a file before opening (they report a
/// length of 0, as an empty file does). So a path of length 0 is opened and read on another thread and given up after
/// <see cref="Wait"/>: an empty file still reads at once, and nothing hangs the caller.
/// </summary>
internal static class SpecialFiles
{
    /// <summary>How long a pipe or a device may take to give its data.</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Up to <paramref name="max"/> bytes of the file; null when it holds more. Throws <see cref="IOException"/> when a
    /// pipe or device gives nothing to read within <see cref="Wait"/>.
    /// </summary>
    public static byte[]? ReadAtMost(string path, int max)
    {
        if (!MayBlock(path))
        {
            using var stream = OpenNow(path);
            return stream.CanSeek && stream.Length > max ? null : DocumentReader.ReadAtMost(stream, max);
        }

        return Within(path, () =>
        {
            using var stream = OpenNow(path);
            return DocumentReader.ReadAtMost(stream, max);
        });
    }

    /// <summary>
    /// The file opened for reading, for a caller that reads it as a stream (JSON lines): opening a pipe is bounded by
    /// <see cref="Wait"/>; what is read after is the caller's to bound.
    /// </summary>
    public static FileStream Open(string path) => MayBlock(path) ? Within(path, () => OpenNow(path)) : OpenNow(path);

    private static FileStream OpenNow(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);

    // Only a path that exists and reports no length can be a pipe or a device; anything else opens as it always has
    // (and fails with the usual message when it does not exist).
    private static bool MayBlock(string path)
    {
        var file = new FileInfo(path);
        return file.Exists && file.Length == 0;
    }

    private static T Within<T>(string path, Func<T> read)
    {
        var reading = Task.Run(read);

        // Waiting on the handle, not Task.Wait: a failure to open or read is rethrown below as itself, not wrapped.
        if (!((IAsyncResult)reading).AsyncWaitHandle.WaitOne(Wait))
        {
            // The thread stays blocked until the pipe gets a writer; what it reads then is dropped. Observing the
            // task's end keeps a late failure from surfacing as an unobserved exception.
            reading.ContinueWith(t => (t.Result as IDisposable)?.Dispose(), TaskContinuationOptions.OnlyOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously);
            reading.ContinueWith(t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously);
            throw new IOException($"nothing could be read from it within {Wait.TotalSeconds:0} seconds: it is not a regular file but a pipe with no writer or a device. Copy what it should give into a file (a case can also come on standard input, '-')");
        }

        // A failure to open or read is the one the file gave, not the task's wrapper.
        return reading.GetAwaiter().GetResult();
    }
}
