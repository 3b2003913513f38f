using System;

namespace PartnershipRules.Model;

/// <summary>A criterion of the catalogue drawn from the papers (e.g. <c>PTN-FAC-001</c>), which rules implement.</summary>
public sealed class Criterion
{
    /// <summary>Creates a criterion.</summary>
    /// <param name="key">The key, e.g. <c>PTN-FAC-001</c>.</param>
    /// <param name="title">A short title.</param>
    public Criterion(string key, string title)
    {
        Key = key ?? throw new ArgumentNullException(nameof(key));
        Title = title ?? throw new ArgumentNullException(nameof(title));
    }

    /// <summary>The key, e.g. <c>PTN-FAC-001</c>.</summary>
    public string Key { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }
}
