using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;

namespace PartnershipRules.Cli;

/// <summary>
/// The whole run's time budget (<c>--timeout</c>). When it runs out the tool stops waiting, says so and exits 2; the
/// work still under way is cancelled where it can be (between and inside evaluations) and can no longer make its
/// output visible: a report is renamed over its target only through <see cref="Commit"/>, which a run already given up
/// refuses, and a run already committing is let finish instead of being given up.
/// </summary>
internal sealed class RunDeadline : IDisposable
{
    private readonly object _gate = new();
    private readonly CancellationTokenSource _cancellation = new();
    private readonly HashSet<string> _temporaries = new(StringComparer.Ordinal);
    private bool _givenUp;
    private bool _committing;

    /// <summary>Cancelled when the run is given up.</summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>Runs the step that makes the run's output visible, unless the run has been given up.</summary>
    /// <returns>Whether the step ran.</returns>
    public bool Commit(Action step)
    {
        lock (_gate)
        {
            if (_givenUp)
            {
                return false;
            }

            _committing = true;
        }

        step();
        return true;
    }

    /// <summary>
    /// A temporary file the run is writing (a report before it is renamed): deleted when the run is given up, since
    /// the process may end before the run's own clean-up does. Forgotten with <see cref="Forget"/>.
    /// </summary>
    public void Track(string temporary)
    {
        lock (_gate)
        {
            _temporaries.Add(temporary);
        }
    }

    /// <summary>Stops tracking a temporary file (renamed or deleted by the run itself).</summary>
    public void Forget(string temporary)
    {
        lock (_gate)
        {
            _temporaries.Remove(temporary);
        }
    }

    /// <summary>Gives the run up, unless it is already making its output visible.</summary>
    /// <returns>Whether the run was given up (false: it is finishing and should be waited for).</returns>
    public bool GiveUp()
    {
        lock (_gate)
        {
            if (_committing)
            {
                return false;
            }

            _givenUp = true;
            foreach (var temporary in _temporaries)
            {
                try
                {
                    File.Delete(temporary);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Hidden and named after its target, a leftover is recognisable; the run's clean-up may yet delete it.
                }
            }
        }

        _cancellation.Cancel();
        return true;
    }

    public void Dispose() => _cancellation.Dispose();
}
