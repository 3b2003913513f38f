using System.Collections.Generic;
using PartnershipRules.Model;

namespace PartnershipRules.RuleLanguage.Conditions;

/// <summary>What a condition may know about the other rules of the rule set.</summary>
internal interface IKnownRules
{
    IEnumerable<string> Ids { get; }

    bool Exists(string id);

    IReadOnlyList<string> Select(RuleKind? kind, RuleCategory? category, IReadOnlyList<string> ids, IReadOnlyList<string> tags);
}
