using System;
using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage.Conditions;

namespace PartnershipRules.RuleLanguage;

/// <summary>
/// The rules of a catalogue being loaded, as conditions may name them (<c>finding</c>, <c>findings</c>): by id, kind,
/// category or tag. <see cref="Current"/> is the rule being bound, which a <c>findings</c> filter never counts.
/// </summary>
internal sealed class KnownRules : IKnownRules
{
    private readonly List<RuleDescriptor> _rules;
    private readonly HashSet<string> _ids;

    public KnownRules(IEnumerable<RuleDescriptor> rules)
    {
        _rules = rules.ToList();
        _ids = new HashSet<string>(_rules.Select(r => r.Id), StringComparer.Ordinal);
    }

    public string Current { get; set; } = string.Empty;

    public IEnumerable<string> Ids => _ids;

    public bool Exists(string id) => _ids.Contains(id);

    public IReadOnlyList<string> Select(RuleKind? kind, RuleCategory? category, IReadOnlyList<string> ids, IReadOnlyList<string> tags) =>
        _rules
            .Where(r => r.Id != Current)
            .Where(r => kind is null || r.Kind == kind)
            .Where(r => category is null || r.Category == category)
            .Where(r => ids.Count == 0 || ids.Contains(r.Id))
            .Where(r => tags.Count == 0 || tags.Any(t => r.Tags.Contains(t)))
            .Select(r => r.Id)
            .ToList();
}
