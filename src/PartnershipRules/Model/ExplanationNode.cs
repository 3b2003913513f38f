using System.Collections.Generic;
using PartnershipRules.Facts;

namespace PartnershipRules.Model;

/// <summary>
/// One node of an explained condition: what it tests in plain words, the fact it read (path, value, state) when it
/// reads one, and what it concluded (true, false or unknown).
/// </summary>
public sealed class ExplanationNode
{
    internal ExplanationNode(string text, Truth value, string? factPath, string? foundValue, FactState? factState, string? note, IReadOnlyList<ExplanationNode> children)
    {
        Text = text;
        Value = value;
        FactPath = factPath;
        FoundValue = foundValue;
        FactState = factState;
        Note = note;
        Children = children;
    }

    /// <summary>What the node tests, in plain words (e.g. "partners[1].joinedStage is after_establishment").</summary>
    public string Text { get; }

    /// <summary>What the node concluded.</summary>
    public Truth Value { get; }

    /// <summary>The fact read, for nodes that read one.</summary>
    public string? FactPath { get; }

    /// <summary>The value found, as written in case files; null when the fact is unknown or not recorded.</summary>
    public string? FoundValue { get; }

    /// <summary>Whether the fact read was known, unknown or not recorded; null for nodes that read no fact.</summary>
    public FactState? FactState { get; }

    /// <summary>For observations: the case worker's evidence and date.</summary>
    public string? Note { get; }

    /// <summary>The nodes below (operands, list items).</summary>
    public IReadOnlyList<ExplanationNode> Children { get; }
}
