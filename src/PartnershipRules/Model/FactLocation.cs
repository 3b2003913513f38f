using PartnershipRules.Diagnostics;

namespace PartnershipRules.Model;

/// <summary>Where in a partnership something is: the path of a fact, and the place in the case file when there is one.</summary>
public sealed class FactLocation
{
    /// <summary>Creates a location.</summary>
    /// <param name="path">The fact path, e.g. <c>partners[2].uncompensatedCostBurden</c>.</param>
    /// <param name="source">The place in the case file, when the case came from a file.</param>
    public FactLocation(string path, SourceLocation? source)
    {
        Path = path;
        Source = source;
    }

    /// <summary>The fact path, e.g. <c>partners[2].uncompensatedCostBurden</c>.</summary>
    public string Path { get; }

    /// <summary>The place in the case file, when the case came from a file.</summary>
    public SourceLocation? Source { get; }

    /// <inheritdoc />
    public override string ToString() => Source is null ? Path : Source + " " + Path;
}
