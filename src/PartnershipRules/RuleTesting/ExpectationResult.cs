using PartnershipRules.Model;

namespace PartnershipRules.RuleTesting;

/// <summary>One expectation checked: what the test expected, and what the rule gave.</summary>
public sealed class ExpectationResult
{
    internal ExpectationResult(RuleTestCase test, RuleExpectation expectation, Outcome? actual, RuleResult? result)
    {
        Test = test;
        Expectation = expectation;
        Actual = actual;
        Result = result;
    }

    /// <summary>The test the expectation belongs to.</summary>
    public RuleTestCase Test { get; }

    /// <summary>The expectation.</summary>
    public RuleExpectation Expectation { get; }

    /// <summary>The rule's outcome, or null when no rule with the expected id is loaded.</summary>
    public Outcome? Actual { get; }

    /// <summary>The rule's full result (finding, missing facts), or null when no such rule is loaded.</summary>
    public RuleResult? Result { get; }

    /// <summary>Whether the rule gave the expected outcome.</summary>
    public bool Passed => Actual == Expectation.Expected;
}
