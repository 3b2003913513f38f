using System;

namespace PartnershipRules.Facts;

/// <summary>
/// Marks a fact whose value names a record of one of the partnership's lists (by its id, else its name), so that a
/// rule can follow it to that record: <c>controlledBy.sector</c> reads the sector of the partner a funding stream's
/// <c>controlledBy</c> names. A case whose value names no record is refused when it loads.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
internal sealed class RefersToAttribute : Attribute
{
    public RefersToAttribute(string list) => List = list;

    /// <summary>The property of <see cref="Partnership"/> that holds the records referred to.</summary>
    public string List { get; }

    /// <summary>How a matched item reads with the record it names, e.g. "controlled by" (a funding stream's partner).</summary>
    public string? Phrase { get; set; }

    /// <summary>What to write instead when no record of the list is meant, for the diagnostic of a dangling reference.</summary>
    public string? Otherwise { get; set; }
}
