using System.Collections.Generic;
using PartnershipRules.Facts;
using PartnershipRules.Facts.Schema;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage.Conditions;

namespace PartnershipRules.Engine;

/// <summary>One node of an evaluated condition: what it tested, what it found and what it concluded.</summary>
internal sealed class TraceNode
{
    public TraceNode(Condition? condition, Truth value)
    {
        Condition = condition;
        Value = value;
    }

    public Condition? Condition { get; }

    public Truth Value { get; }

    /// <summary>For leaves and items: the absolute path of the fact or item.</summary>
    public string? Path { get; init; }

    /// <summary>For leaves: the field read.</summary>
    public FactField? Field { get; init; }

    /// <summary>For leaves: the state of the fact read.</summary>
    public FactState State { get; init; } = FactState.Known;

    /// <summary>For leaves: the value read, as written in files.</summary>
    public string? ValueText { get; init; }

    /// <summary>For observation leaves: the case worker's evidence and date.</summary>
    public string? Note { get; init; }

    /// <summary>For list items: the item's name or id.</summary>
    public string? ItemLabel { get; init; }

    /// <summary>For a comparison through a reference: the record it named, as an item reads with it ("controlled by X").</summary>
    public string? Joined { get; init; }

    public IReadOnlyList<TraceNode> Children { get; init; } = System.Array.Empty<TraceNode>();

    public bool IsLeaf => Field is not null;
}
