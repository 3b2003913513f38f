using System.Collections.Generic;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Facts.Schema;

namespace PartnershipRules.RuleLanguage.Conditions.Syntax;

/// <summary><c>finding: RULEID</c>: whether another rule fired (forward chaining).</summary>
internal sealed class FindingSyntax : ConditionSyntax
{
    public override IReadOnlyList<string> Heads { get; } = new[] { "finding" };

    public override IReadOnlyCollection<string> Keys(string head) => Heads;

    public override Condition? Bind(DocMapping mapping, DocEntry head, RecordSchema scope, ConditionBinder binder)
    {
        if (head.Value is not DocScalar { IsNull: false } scalar)
        {
            return binder.Fail(DiagnosticDescriptors.WrongType, head.Value.Location, "finding", "the id of another rule, e.g. 'finding: PR3001'");
        }

        if (!binder.CheckRuleExists(scalar))
        {
            return null;
        }

        binder.References(scalar.Value);
        return new FindingCondition(head.Key.Location, scalar.Value);
    }
}
