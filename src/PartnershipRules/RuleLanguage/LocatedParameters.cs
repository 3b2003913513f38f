using System;
using System.Collections;
using System.Collections.Generic;
using PartnershipRules.Diagnostics;

namespace PartnershipRules.RuleLanguage;

/// <summary>
/// Rule parameter values that remember where each was written. A host passes
/// <see cref="Model.AnalyzerConfiguration.Parameters"/> straight to <see cref="RuleCatalogueOptions.Parameters"/>; when the
/// map is one of these, a value that names no parameter (PRL020) is reported at its line and column in the
/// configuration file instead of without a place.
/// </summary>
internal sealed class LocatedParameters : IReadOnlyDictionary<string, double>
{
    private readonly Dictionary<string, double> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);

    public int Count => _values.Count;

    public IEnumerable<string> Keys => _values.Keys;

    public IEnumerable<double> Values => _values.Values;

    public double this[string key] => _values[key];

    /// <summary>Where a value was written, if it came from a file.</summary>
    public static SourceLocation? LocationOf(IReadOnlyDictionary<string, double> parameters, string key) =>
        parameters is LocatedParameters located && located._locations.TryGetValue(key, out var location) ? location : null;

    /// <summary>The values of <paramref name="first"/> (keeping their places) overridden by <paramref name="second"/>'s.</summary>
    public static LocatedParameters Merge(IReadOnlyDictionary<string, double> first, IReadOnlyDictionary<string, double> second)
    {
        var merged = new LocatedParameters();
        foreach (var pair in first)
        {
            merged.Set(pair.Key, pair.Value, LocationOf(first, pair.Key));
        }

        foreach (var pair in second)
        {
            merged.Set(pair.Key, pair.Value, LocationOf(second, pair.Key));
        }

        return merged;
    }

    /// <summary>Sets a value; a later one for the same key wins, with its own place.</summary>
    public void Set(string key, double value, SourceLocation? location)
    {
        _values[key] = value;
        if (location is null)
        {
            _locations.Remove(key);
        }
        else
        {
            _locations[key] = location;
        }
    }

    public bool ContainsKey(string key) => _values.ContainsKey(key);

    public bool TryGetValue(string key, out double value) => _values.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, double>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
