using System.Collections.Generic;
using PartnershipRules.Documents;
using PartnershipRules.Facts.Schema;

namespace PartnershipRules.RuleLanguage.Conditions.Syntax;

/// <summary><c>not: condition</c>.</summary>
internal sealed class NotSyntax : ConditionSyntax
{
    public override IReadOnlyList<string> Heads { get; } = new[] { "not" };

    public override IReadOnlyCollection<string> Keys(string head) => Heads;

    public override Condition? Bind(DocMapping mapping, DocEntry head, RecordSchema scope, ConditionBinder binder)
    {
        var operand = binder.BindNode(head.Value, scope);
        return operand is null ? null : new NotCondition(head.Key.Location, operand);
    }
}
