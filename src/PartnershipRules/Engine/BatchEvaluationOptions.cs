using System;

namespace PartnershipRules.Engine;

/// <summary>How a batch of partnerships is evaluated. Immutable.</summary>
public sealed class BatchEvaluationOptions
{
    /// <summary>One evaluation at a time per core.</summary>
    public static BatchEvaluationOptions Default { get; } = new();

    /// <summary>How many partnerships are evaluated at once (default: the number of cores).</summary>
    public int MaxDegreeOfParallelism
    {
        get => _degree;
        init => _degree = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one evaluation must run at a time.");
    }

    private readonly int _degree = Environment.ProcessorCount;

    /// <summary>
    /// How many partnerships may be read ahead of the one being returned: the memory bound of a batch. Results come
    /// back in input order, so a slow partnership holds back at most this many finished ones. Default: four per
    /// evaluation running at once.
    /// </summary>
    public int? MaxInFlight
    {
        get => _inFlight;
        init => _inFlight = value is null or >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one partnership must be in flight.");
    }

    private readonly int? _inFlight;

    internal int Window => Math.Max(_inFlight ?? (_degree * 4), _degree);
}
