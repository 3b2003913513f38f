using System.Collections.Generic;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Facts.Schema;

namespace PartnershipRules.RuleLanguage.Conditions.Syntax;

/// <summary><c>all: [conditions]</c> and <c>any: [conditions]</c>.</summary>
internal sealed class LogicalSyntax : ConditionSyntax
{
    public override IReadOnlyList<string> Heads { get; } = new[] { "all", "any" };

    public override IReadOnlyCollection<string> Keys(string head) => new[] { head };

    public override Condition? Bind(DocMapping mapping, DocEntry head, RecordSchema scope, ConditionBinder binder)
    {
        if (head.Value is not DocSequence { Items.Count: > 0 } sequence)
        {
            return binder.Fail(DiagnosticDescriptors.ListExpected, head.Value.Location, head.Key.Value, "conditions");
        }

        var operands = new List<Condition>();
        var ok = true;
        foreach (var item in sequence.Items)
        {
            var bound = binder.BindNode(item, scope);
            ok &= bound is not null;
            if (bound is not null)
            {
                operands.Add(bound);
            }
        }

        var op = head.Key.Value == "all" ? LogicalOperator.All : LogicalOperator.Any;
        return ok ? new LogicalCondition(head.Key.Location, op, operands) : null;
    }
}
