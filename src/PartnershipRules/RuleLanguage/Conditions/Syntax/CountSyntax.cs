using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Documents;
using PartnershipRules.Facts.Schema;

namespace PartnershipRules.RuleLanguage.Conditions.Syntax;

/// <summary><c>count: LIST</c>, optionally <c>where: condition</c>, with one comparison of the count.</summary>
internal sealed class CountSyntax : ConditionSyntax
{
    private static readonly string[] AllKeys = new[] { "count", "where" }.Concat(ConditionBinder.CountOperators.Keys).ToArray();

    public override IReadOnlyList<string> Heads { get; } = new[] { "count" };

    public override IReadOnlyCollection<string> Keys(string head) => AllKeys;

    public override Condition? Bind(DocMapping mapping, DocEntry head, RecordSchema scope, ConditionBinder binder)
    {
        var collection = binder.ResolveCollection(head, scope);
        var bound = binder.CountBound(mapping, "count");
        if (collection is null || bound is null)
        {
            return null;
        }

        var whereNode = mapping.Find("where")?.Value;
        var where = whereNode is null ? null : binder.BindNode(whereNode, collection.Field.Record!);
        return whereNode is not null && where is null ? null : new CountCondition(head.Key.Location, collection, where, bound.Value.Op, bound.Value.Bound);
    }
}
