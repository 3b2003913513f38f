using System.Collections.Generic;
using PartnershipRules.Model;

namespace PartnershipRules.RuleTesting;

/// <summary>
/// Which outcomes of one rule the tests demonstrate. Every rule must be shown to fire, not to fire and to lack
/// information (every condition reads facts, and any fact can be unknown); a rule with an <c>appliesWhen</c> must
/// also be shown not to apply.
/// </summary>
public sealed class RuleCoverage
{
    internal RuleCoverage(RuleDescriptor rule, IReadOnlyList<Outcome> required, IReadOnlyList<Outcome> covered, IReadOnlyList<Outcome> missing, int failed)
    {
        Rule = rule;
        Required = required;
        Covered = covered;
        Missing = missing;
        Failed = failed;
    }

    /// <summary>The rule.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>The outcomes its tests must demonstrate.</summary>
    public IReadOnlyList<Outcome> Required { get; }

    /// <summary>The outcomes passing tests demonstrate.</summary>
    public IReadOnlyList<Outcome> Covered { get; }

    /// <summary>Required outcomes no passing test demonstrates.</summary>
    public IReadOnlyList<Outcome> Missing { get; }

    /// <summary>How many of the rule's expectations failed.</summary>
    public int Failed { get; }

    /// <summary>Whether the rule's tests all pass and demonstrate every required outcome.</summary>
    public bool Passed => Failed == 0 && Missing.Count == 0;
}
