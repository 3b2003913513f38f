using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Facts.Schema;
using PartnershipRules.Model;

namespace PartnershipRules.RuleLanguage.Conditions.Syntax;

/// <summary><c>findings: {kind, category, rules, tags}</c> with one comparison: how many of those rules fired.</summary>
internal sealed class FindingsSyntax : ConditionSyntax
{
    /// <summary>The keys of the filter.</summary>
    internal static readonly string[] FilterKeys = { "kind", "category", "rules", "tags" };

    private static readonly string[] AllKeys = new[] { "findings" }.Concat(ConditionBinder.CountOperators.Keys).ToArray();

    public override IReadOnlyList<string> Heads { get; } = new[] { "findings" };

    public override IReadOnlyCollection<string> Keys(string head) => AllKeys;

    public override Condition? Bind(DocMapping mapping, DocEntry head, RecordSchema scope, ConditionBinder binder)
    {
        var filter = ReadFilter(head, binder);
        var bound = binder.CountBound(mapping, "findings");
        return filter is null || bound is null ? null : new FindingCountCondition(head.Key.Location, filter.Value.Text, filter.Value.Ids, bound.Value.Op, bound.Value.Bound);
    }

    /// <summary>
    /// Reads a filter of rules (<c>{kind, category, rules, tags}</c>) written under a key, records that the rule reads
    /// the rules it selects, and says in words what it selects.
    /// </summary>
    internal static (IReadOnlyList<string> Ids, string Text)? ReadFilter(DocEntry entry, ConditionBinder binder)
    {
        if (entry.Value is not DocMapping filter)
        {
            binder.Fail(DiagnosticDescriptors.WrongType, entry.Value.Location, entry.Key.Value, "a filter with any of: " + string.Join(", ", FilterKeys));
            return null;
        }

        var failed = false;
        var reader = new MappingReader(filter, "a findings filter", FilterKeys, binder.Diagnostics);
        var kind = reader.Enum<RuleKind>("kind", required: false);
        var category = reader.Enum<RuleCategory>("category", required: false);
        var ids = reader.StringList("rules");
        var tags = reader.StringList("tags");
        if (reader.HasErrors)
        {
            binder.CountFailure();
            return null;
        }

        foreach (var id in ids)
        {
            failed |= !binder.CheckRuleExists(id);
        }

        var matching = binder.Rules.Select(kind, category, ids.Select(i => i.Value).ToList(), tags.Select(t => t.Value).ToList());
        foreach (var id in matching)
        {
            binder.References(id);
        }

        var text = string.Join(", ", new[]
        {
            kind is null ? null : "kind " + Spelling.Of(kind.Value),
            category is null ? null : "category " + Spelling.Of(category.Value),
            ids.Count == 0 ? null : "rules " + string.Join("/", ids.Select(i => i.Value)),
            tags.Count == 0 ? null : "tags " + string.Join("/", tags.Select(t => t.Value)),
        }.Where(s => s is not null));
        return failed ? null : (matching, text.Length == 0 ? "any rule" : text);
    }
}
