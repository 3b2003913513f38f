using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace PartnershipRules.Cli;

/// <summary>
/// Writes what the tool produces to a file without ever losing what the user had: the text goes to a temporary file in
/// the same folder and replaces the target only when the whole of it was written and the run did not fail, so a failed
/// run, a full disk or an interrupted process leaves the previous file as it was. A target that is one of the run's
/// inputs is refused before anything is read or written.
/// </summary>
internal static class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Refuses an output path that names one of the inputs (after following symbolic links), or a folder. Returns the
    /// message to print, or null when the path may be written.
    /// </summary>
    public static string? Refusal(string path, IEnumerable<string?> inputs, string what)
    {
        var target = Resolve(path);
        if (Directory.Exists(target))
        {
            return $"error: --output '{path}' is a folder; give a file for the {what}.";
        }

        var clash = inputs.FirstOrDefault(i => i is not null && i != CaseInput.StandardInputArgument && SamePath(Resolve(i), target));
        return clash is null
            ? null
            : $"error: --output '{path}' is the input '{clash}'; writing the {what} there would destroy it. Choose another output file.";
    }

    /// <summary>
    /// Runs <paramref name="write"/> into a temporary file beside <paramref name="path"/> and moves it over the target
    /// when the run succeeded or found findings (exit 0 or 1), or, when <paramref name="keepOnInvalidInput"/>, also on
    /// exit 2 from a writer that reports bad inputs inside a whole document; otherwise, or on an I/O error, the target
    /// is untouched.
    /// </summary>
    public static int Write(string path, TextWriter error, string what, Func<TextWriter, int> write, RunDeadline deadline, bool keepOnInvalidInput = false)
    {
        var target = Path.GetFullPath(path);
        var temporary = TemporaryBeside(target);
        deadline.Track(temporary);
        try
        {
            int exit;

            // Shared for deletion only: a run given up at --timeout deletes it from another thread.
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.Delete))
            {
                using var writer = new StreamWriter(stream, Utf8, 1 << 16);
                exit = write(writer);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            if ((exit is ExitCodes.Success or ExitCodes.Findings || (keepOnInvalidInput && exit == ExitCodes.InvalidInput))
                && deadline.Commit(() => File.Move(temporary, target, overwrite: true)))
            {
                return exit;
            }

            if (deadline.Token.IsCancellationRequested)
            {
                // Past --timeout: the tool has already said the run was stopped and the file is as it was.
                return ExitCodes.InvalidInput;
            }

            error.WriteLine($"The {what} was not written to '{path}': the run failed, so the file is as it was.");
            return exit;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            // A full disk, a read-only folder or a vanished one: the user's file is as it was, and this is not a bug.
            error.WriteLine($"error: cannot write the {what} to '{path}': {ex.Message} The file, if it existed, is unchanged.");
            return ExitCodes.InvalidInput;
        }
        finally
        {
            deadline.Forget(temporary);
            TryDelete(temporary);
        }
    }

    /// <summary>Replaces a file's text in one step (a temporary file renamed over it), so it is never left half written.</summary>
    public static void WriteAllText(string path, string text, RunDeadline deadline)
    {
        var target = Path.GetFullPath(path);
        var temporary = TemporaryBeside(target);
        try
        {
            File.WriteAllText(temporary, text, Utf8);
            deadline.Commit(() => File.Move(temporary, target, overwrite: true));
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    // In the target's folder, so the rename is one step on one file system; hidden and named after the target, so a
    // leftover from a killed process is recognisable.
    private static string TemporaryBeside(string target) =>
        Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");

    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            // A link loop or an unreadable link: compare the path as given.
            return full;
        }
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(a, b, OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a leftover temporary file is named after the target and starts with a dot.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
