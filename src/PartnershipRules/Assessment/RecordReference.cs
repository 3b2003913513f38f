using System;

namespace PartnershipRules.Assessment;

/// <summary>
/// The record of a partnership a fact belongs to: the partnership itself, or a partner, representative, funding stream,
/// forum... named by its name or id, never by its position in a list, so the same record is recognised when the list is
/// reordered (only a record with neither falls back to its position in its own list, e.g. a partner's first
/// contribution).
/// </summary>
public sealed class RecordReference : IEquatable<RecordReference>
{
    internal RecordReference(string kind, string? label, string path, RecordReference? parent, int position = 0, string? identifier = null)
    {
        Kind = kind;
        Label = label;
        Path = path;
        Parent = parent;
        // A record with no name or id is known by its place in its own list (the first contribution of a partner),
        // which does not change when the lists above it are reordered.
        var own = label is null ? (path.Length == 0 ? kind : kind + "#" + position.ToString(System.Globalization.CultureInfo.InvariantCulture)) : kind + ":" + label;
        Key = parent is null || parent.IsPartnership ? own : parent.Key + "/" + own;

        // An id, where the record has one, names it for good: it survives a rename, which a name does not.
        var identity = identifier is null ? own : kind + ":" + identifier;
        Identity = parent is null || parent.IsPartnership ? identity : parent.Identity + "/" + identity;
    }

    /// <summary>The partnership itself.</summary>
    internal static RecordReference Partnership { get; } = new("partnership", null, string.Empty, null);

    /// <summary>What the record is: partnership, partner, representative, funding stream, decision forum...</summary>
    public string Kind { get; }

    /// <summary>Its name or id, when recorded.</summary>
    public string? Label { get; }

    /// <summary>Its fact path in this case, e.g. <c>partners[2]</c> (empty for the partnership).</summary>
    public string Path { get; }

    /// <summary>The record it sits in, for a record inside a list item (a partner's representative).</summary>
    public RecordReference? Parent { get; }

    /// <summary>Its identity: kind and name (with its parent's), e.g. <c>partner:Dunmarra Council</c>.</summary>
    public string Key { get; }

    /// <summary>
    /// What names it across versions of a case: its id where it has one, otherwise as <see cref="Key"/>; e.g.
    /// <c>partner:DMC</c>. Finding fingerprints are made from it.
    /// </summary>
    public string Identity { get; }

    /// <summary>Whether this is the partnership itself.</summary>
    public bool IsPartnership => Parent is null && Path.Length == 0;

    /// <summary>How a reader names it: <c>the partnership</c>, <c>partner 'Dunmarra Council'</c>, <c>representative 'J. Reid' of partner 'Council'</c>.</summary>
    public string DisplayName => IsPartnership
        ? "the partnership"
        : Kind + " " + (Label is null ? Path : "'" + Label + "'") + (Parent is null || Parent.IsPartnership ? string.Empty : " of " + Parent.DisplayName);

    /// <inheritdoc />
    public bool Equals(RecordReference? other) => other is not null && string.Equals(Key, other.Key, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RecordReference);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    /// <inheritdoc />
    public override string ToString() => DisplayName;
}
