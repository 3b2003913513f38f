using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Documents;
using PartnershipRules.Facts.Schema;

namespace PartnershipRules.RuleLanguage.Conditions.Syntax;

/// <summary><c>distinct: LIST</c>, <c>of: FIELD</c>, with one comparison of the number of distinct known values.</summary>
internal sealed class DistinctSyntax : ConditionSyntax
{
    private static readonly string[] AllKeys = new[] { "distinct", "of" }.Concat(ConditionBinder.CountOperators.Keys).ToArray();

    public override IReadOnlyList<string> Heads { get; } = new[] { "distinct" };

    public override IReadOnlyCollection<string> Keys(string head) => AllKeys;

    public override Condition? Bind(DocMapping mapping, DocEntry head, RecordSchema scope, ConditionBinder binder)
    {
        var collection = binder.ResolveCollection(head, scope);
        var of = collection is null ? null : binder.ResolveOf(mapping, head, collection, numericOnly: false);
        var bound = binder.CountBound(mapping, "distinct");
        return collection is null || of is null || bound is null ? null : new DistinctCondition(head.Key.Location, collection, of, bound.Value.Op, bound.Value.Bound);
    }
}
