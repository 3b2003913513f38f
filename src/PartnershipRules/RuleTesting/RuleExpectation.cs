using PartnershipRules.Diagnostics;
using PartnershipRules.Model;

namespace PartnershipRules.RuleTesting;

/// <summary>One line of a test's <c>expect:</c> mapping: the outcome a rule must give on the test's partnership.</summary>
public sealed class RuleExpectation
{
    internal RuleExpectation(string ruleId, Outcome expected, SourceLocation location)
    {
        RuleId = ruleId;
        Expected = expected;
        Location = location;
    }

    /// <summary>The id of the rule under test.</summary>
    public string RuleId { get; }

    /// <summary>The outcome the rule must give.</summary>
    public Outcome Expected { get; }

    /// <summary>Where the expectation is written.</summary>
    public SourceLocation Location { get; }
}
