using System;
using System.Collections.Generic;
using PartnershipRules.Diagnostics;

namespace PartnershipRules.Documents;

/// <summary>
/// A node of a YAML or JSON document with the place it came from. The library binds its own models from these
/// nodes instead of letting a serialiser resolve types, so nothing in a file can name a .NET type.
/// </summary>
internal abstract class DocNode
{
    protected DocNode(SourceLocation location) => Location = location;

    public SourceLocation Location { get; }

    public abstract string KindName { get; }
}

internal sealed class DocScalar : DocNode
{
    public DocScalar(SourceLocation location, string value, bool isPlain)
        : base(location)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    /// <summary>Unquoted: only plain scalars may be read as null, booleans or numbers.</summary>
    public bool IsPlain { get; }

    /// <summary>A plain <c>null</c>, <c>~</c> or empty value.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public override string KindName => "a value";
}

internal sealed class DocSequence : DocNode
{
    public DocSequence(SourceLocation location, IReadOnlyList<DocNode> items)
        : base(location) => Items = items;

    public IReadOnlyList<DocNode> Items { get; }

    public override string KindName => "a list";
}

internal sealed class DocMapping : DocNode
{
    public DocMapping(SourceLocation location, IReadOnlyList<DocEntry> entries)
        : base(location) => Entries = entries;

    public IReadOnlyList<DocEntry> Entries { get; }

    public override string KindName => "a mapping";

    public DocEntry? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }
}

internal sealed class DocEntry
{
    public DocEntry(DocScalar key, DocNode value)
    {
        Key = key;
        Value = value;
    }

    public DocScalar Key { get; }

    public DocNode Value { get; }
}
