using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Facts.Schema;

namespace PartnershipRules.RuleLanguage.Conditions.Syntax;

/// <summary><c>share: LIST</c>, <c>of: NUMBER</c>, <c>where: condition</c>, with one comparison of the fraction held.</summary>
internal sealed class ShareSyntax : ConditionSyntax
{
    private static readonly string[] AllKeys = new[] { "share", "of", "where" }.Concat(ConditionBinder.CountOperators.Keys).ToArray();

    public override IReadOnlyList<string> Heads { get; } = new[] { "share" };

    public override IReadOnlyCollection<string> Keys(string head) => AllKeys;

    public override Condition? Bind(DocMapping mapping, DocEntry head, RecordSchema scope, ConditionBinder binder)
    {
        var collection = binder.ResolveCollection(head, scope);
        var of = collection is null ? null : binder.ResolveOf(mapping, head, collection, numericOnly: true);
        var bound = binder.CountBound(mapping, "share");
        var whereNode = mapping.Find("where")?.Value;
        if (whereNode is null)
        {
            return binder.Fail(DiagnosticDescriptors.MissingKey, mapping.Location, "'share' (the items whose share is measured)", "where");
        }

        var where = collection is null ? null : binder.BindNode(whereNode, collection.Field.Record!);
        if (bound is { } b && (b.Bound < 0 || b.Bound > 1))
        {
            return binder.Fail(DiagnosticDescriptors.InvalidNumber, mapping.Location, "share", "a fraction between 0 and 1 (0.5 is half)", string.Empty);
        }

        return collection is null || of is null || bound is null || where is null
            ? null
            : new ShareCondition(head.Key.Location, collection, of, where, bound.Value.Op, bound.Value.Bound);
    }
}
