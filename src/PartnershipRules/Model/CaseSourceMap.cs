using System;
using System.Collections.Generic;
using PartnershipRules.Diagnostics;

namespace PartnershipRules.Model;

/// <summary>Where each fact of a partnership was written in its case file, by fact path.</summary>
public sealed class CaseSourceMap
{
    private readonly IReadOnlyDictionary<string, SourceLocation> _locations;

    internal CaseSourceMap(string filePath, IReadOnlyDictionary<string, SourceLocation> locations)
    {
        FilePath = filePath;
        _locations = locations;
    }

    /// <summary>The case file.</summary>
    public string FilePath { get; }

    /// <summary>
    /// The place of a fact, or of its nearest recorded parent (a fact that was not recorded has no place of its own:
    /// its partner or section is the best place to add it).
    /// </summary>
    /// <param name="path">A fact path, e.g. <c>partners[1].stability</c>.</param>
    /// <returns>The location, or <see langword="null"/> when nothing on the path was written.</returns>
    public SourceLocation? Find(string path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        var current = path;
        while (current.Length > 0)
        {
            if (_locations.TryGetValue(current, out var location))
            {
                return location;
            }

            var cut = Math.Max(current.LastIndexOf('.'), current.LastIndexOf('['));
            current = cut > 0 ? current.Substring(0, cut) : string.Empty;
        }

        return _locations.TryGetValue(string.Empty, out var root) ? root : null;
    }
}
