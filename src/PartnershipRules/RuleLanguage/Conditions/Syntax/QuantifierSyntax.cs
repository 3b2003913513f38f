using System.Collections.Generic;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Facts.Schema;

namespace PartnershipRules.RuleLanguage.Conditions.Syntax;

/// <summary><c>some</c>, <c>every</c> or <c>none: LIST</c>, with <c>where: condition</c> (required for <c>every</c>).</summary>
internal sealed class QuantifierSyntax : ConditionSyntax
{
    public override IReadOnlyList<string> Heads { get; } = new[] { "some", "every", "none" };

    public override IReadOnlyCollection<string> Keys(string head) => new[] { head, "where" };

    public override Condition? Bind(DocMapping mapping, DocEntry head, RecordSchema scope, ConditionBinder binder)
    {
        var quantifier = head.Key.Value switch
        {
            "some" => Quantifier.Some,
            "every" => Quantifier.Every,
            _ => Quantifier.None,
        };
        var collection = binder.ResolveCollection(head, scope);
        if (collection is null)
        {
            return null;
        }

        var whereNode = mapping.Find("where")?.Value;
        if (whereNode is null && quantifier == Quantifier.Every)
        {
            return binder.Fail(DiagnosticDescriptors.MissingKey, mapping.Location, "'every: " + collection.Path + "'", "where");
        }

        var where = whereNode is null ? null : binder.BindNode(whereNode, collection.Field.Record!);
        return whereNode is not null && where is null ? null : new QuantifiedCondition(head.Key.Location, quantifier, collection, where);
    }
}
