using System;
using System.Collections.Generic;

namespace PartnershipRules.Fuzz;

/// <summary>
/// Where a mutation's decisions come from. The fuzz loop draws them from a seeded <see cref="Random"/>; the property
/// tests draw them from a list CsCheck generates, so a failing mutation shrinks to fewer and smaller decisions.
/// </summary>
public interface IChoices
{
    /// <summary>A number in [0, <paramref name="maxExclusive"/>); 0 when <paramref name="maxExclusive"/> is 0 or less.</summary>
    int Next(int maxExclusive);
}

/// <summary>Decisions from a seeded pseudo-random generator: the same seed gives the same run.</summary>
public sealed class RandomChoices : IChoices
{
    private readonly Random _random;

    public RandomChoices(int seed) => _random = new Random(seed);

    public int Next(int maxExclusive) => maxExclusive <= 0 ? 0 : _random.Next(maxExclusive);
}

/// <summary>Decisions read from a list, repeating it when it runs out (an empty list always answers 0).</summary>
public sealed class ListChoices : IChoices
{
    private readonly IReadOnlyList<uint> _values;
    private int _next;

    public ListChoices(IReadOnlyList<uint> values) => _values = values;

    public int Next(int maxExclusive)
    {
        if (maxExclusive <= 0 || _values.Count == 0)
        {
            return 0;
        }

        var value = _values[_next++ % _values.Count];
        return (int)(value % (uint)maxExclusive);
    }
}
