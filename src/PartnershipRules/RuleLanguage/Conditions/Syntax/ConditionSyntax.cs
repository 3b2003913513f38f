using System.Collections.Generic;
using PartnershipRules.Documents;
using PartnershipRules.Facts.Schema;

namespace PartnershipRules.RuleLanguage.Conditions.Syntax;

/// <summary>
/// How one kind of condition is written in YAML: the head keys it claims, the other keys it allows, and how it is
/// checked and bound. The binder finds the kind by its head; the JSON Schema for rule files is checked to cover every
/// head (see <c>RuleJsonSchema</c>).
/// </summary>
internal abstract class ConditionSyntax
{
    /// <summary>The keys that say which kind a condition is, e.g. <c>some</c>, <c>every</c>, <c>none</c>.</summary>
    public abstract IReadOnlyList<string> Heads { get; }

    /// <summary>Every key a condition with this head may have (the head included).</summary>
    public abstract IReadOnlyCollection<string> Keys(string head);

    /// <summary>Checks and binds the condition; <see langword="null"/> after reporting why it is wrong.</summary>
    public abstract Condition? Bind(DocMapping mapping, DocEntry head, RecordSchema scope, ConditionBinder binder);
}
