using System;
using System.Collections.Generic;
using PartnershipRules.Diagnostics;

namespace PartnershipRules.Documents;

// The containers a document reader is inside while it reads: they enforce the list-length limit and refuse duplicate
// keys the same way whichever reader (YAML or JSON) fills them.

/// <summary>A list or mapping being read.</summary>
internal abstract class Frame
{
    protected Frame(SourceLocation location) => Location = location;

    public SourceLocation Location { get; }

    public abstract Diagnostic? Add(DocNode node);

    public abstract DocNode Complete();
}

internal sealed class SequenceFrame : Frame
{
    private readonly List<DocNode> _items = new();
    private readonly int _maxItems;

    public SequenceFrame(SourceLocation location, int maxItems)
        : base(location) => _maxItems = maxItems;

    public override Diagnostic? Add(DocNode node)
    {
        if (_items.Count >= _maxItems)
        {
            return Diagnostic.Create(DiagnosticDescriptors.ListTooLong, node.Location, _maxItems);
        }

        _items.Add(node);
        return null;
    }

    public override DocNode Complete() => new DocSequence(Location, _items);
}

internal sealed class MappingFrame : Frame
{
    private readonly List<DocEntry> _entries = new();
    private readonly Dictionary<string, SourceLocation> _seen = new(StringComparer.Ordinal);
    private DocScalar? _key;

    public MappingFrame(SourceLocation location)
        : base(location)
    {
    }

    public bool ExpectingKey => _key is null;

    public override Diagnostic? Add(DocNode node)
    {
        if (_key is null)
        {
            var key = (DocScalar)node;
            if (_seen.TryGetValue(key.Value, out var first))
            {
                return Diagnostic.Create(DiagnosticDescriptors.DuplicateKey, key.Location, new[] { first }, key.Value);
            }

            _seen.Add(key.Value, key.Location);
            _key = key;
            return null;
        }

        _entries.Add(new DocEntry(_key, node));
        _key = null;
        return null;
    }

    public override DocNode Complete() => new DocMapping(Location, _entries);
}
