using System;

namespace PartnershipRules.Diagnostics;

/// <summary>
/// A bound on how many diagnostics one load (a catalogue, a case, a configuration) may report. A file within every
/// size limit can still hold a hundred thousand small mistakes, and formatting, storing and printing each costs time:
/// past the bound the load stops, and the caller reports PR0015 instead of the rest.
/// </summary>
/// <remarks>
/// The bound is ambient (per thread) rather than passed down, because every binder creates diagnostics through
/// <see cref="DiagnosticDescriptor"/> and a bound checked in one place cannot be forgotten in another. Loads are
/// synchronous, so a thread-static scope is exact. Evaluation and the tool create diagnostics outside any scope and
/// are never stopped by it.
/// </remarks>
internal sealed class DiagnosticBudget : IDisposable
{
    [ThreadStatic]
    private static DiagnosticBudget? current;

    private readonly DiagnosticBudget? _outer;
    private int _remaining;

    private DiagnosticBudget(DiagnosticBudget? outer, int limit)
    {
        _outer = outer;
        Limit = Math.Max(1, limit);
        _remaining = Limit;
    }

    public int Limit { get; }

    /// <summary>Starts a scope in which at most <paramref name="limit"/> diagnostics may be created.</summary>
    public static DiagnosticBudget Begin(int limit) => current = new DiagnosticBudget(current, limit);

    /// <summary>Counts one diagnostic against the innermost scope; throws when it is spent.</summary>
    internal static void Spend()
    {
        var budget = current;
        if (budget is not null && --budget._remaining < 0)
        {
            throw new DiagnosticBudgetExceededException(budget.Limit);
        }
    }

    /// <summary>The diagnostic reported in place of the ones past the bound (it is not counted).</summary>
    public static Diagnostic Exceeded(DiagnosticBudgetExceededException exception, SourceLocation? location) =>
        DiagnosticDescriptors.TooManyDiagnostics.CreateUncounted(location, exception.Limit);

    public void Dispose() => current = _outer;
}

/// <summary>Thrown inside a load when its <see cref="DiagnosticBudget"/> is spent; caught where the load began.</summary>
#pragma warning disable CA1064 // Never leaves the library: each load that opens a budget catches it.
internal sealed class DiagnosticBudgetExceededException : Exception
#pragma warning restore CA1064
{
    public DiagnosticBudgetExceededException()
    {
    }

    public DiagnosticBudgetExceededException(string message)
        : base(message)
    {
    }

    public DiagnosticBudgetExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DiagnosticBudgetExceededException(int limit)
        : base("More than " + limit.ToString(System.Globalization.CultureInfo.InvariantCulture) + " diagnostics.") => Limit = limit;

    public int Limit { get; }
}
