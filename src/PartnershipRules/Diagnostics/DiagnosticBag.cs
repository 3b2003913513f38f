using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace PartnershipRules.Diagnostics;

/// <summary>
/// The diagnostics of one load (a catalogue, a case, a configuration, a rule-test suite), with its bound. A file within
/// every size limit can still hold a hundred thousand small mistakes, and formatting, storing and printing each costs
/// time: past the bound the load stops and PR0015 closes the list. The bag is passed to every reader of the load, so
/// the bound is checked in one place and cannot be forgotten in another.
/// </summary>
internal sealed class DiagnosticBag : IReadOnlyList<Diagnostic>
{
    private readonly List<Diagnostic> _items = new();

    public DiagnosticBag(int limit) => Limit = Math.Max(1, limit);

    /// <summary>How many diagnostics the load may report before it stops.</summary>
    public int Limit { get; }

    public int Count => _items.Count;

    /// <summary>How many of them are errors.</summary>
    public int ErrorCount { get; private set; }

    public bool HasErrors => ErrorCount > 0;

    public Diagnostic this[int index] => _items[index];

    /// <summary>Adds a diagnostic; when the bound is reached, stops the load (see <see cref="Collect{TResult}"/>).</summary>
    public void Add(Diagnostic diagnostic)
    {
        if (_items.Count >= Limit)
        {
            throw new LimitReachedException();
        }

        _items.Add(diagnostic);
        if (diagnostic.IsError)
        {
            ErrorCount++;
        }
    }

    /// <summary>Creates and adds a diagnostic.</summary>
    public void Report(DiagnosticDescriptor descriptor, SourceLocation? location, params object?[] messageArguments) =>
        Add(Diagnostic.Create(descriptor, location, messageArguments));

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    /// <summary>
    /// Runs a load that reports into a new bag of the given bound. When the bound is reached the load stops, and
    /// <paramref name="stopped"/> builds its result from the diagnostics so far and PR0015 (at the last located one).
    /// </summary>
    public static TResult Collect<TResult>(int limit, Func<DiagnosticBag, TResult> load, Func<IReadOnlyList<Diagnostic>, TResult> stopped, SourceLocation? fallbackLocation = null)
    {
        var bag = new DiagnosticBag(limit);
        try
        {
            return load(bag);
        }
        catch (LimitReachedException)
        {
            var at = bag._items.LastOrDefault(d => d.Location is not null)?.Location ?? fallbackLocation;
            var all = new List<Diagnostic>(bag._items) { Diagnostic.Create(DiagnosticDescriptors.TooManyDiagnostics, at, bag.Limit) };
            return stopped(all);
        }
    }

    public IEnumerator<Diagnostic> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Unwinds a load whose bag is full; caught only by <see cref="Collect{TResult}"/>.</summary>
#pragma warning disable CA1064, CA1032 // Never leaves the library: Collect catches it where the load began.
    private sealed class LimitReachedException : Exception
#pragma warning restore CA1064, CA1032
    {
    }
}
