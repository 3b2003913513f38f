using PartnershipRules.Model;

namespace PartnershipRules.Engine;

/// <summary>
/// The outcome of one rule inside an NRules session. Inserted as a fact so that composite rules can match other
/// rules' outcomes (forward chaining). A class with reference identity: two outcomes with equal values must not
/// collide as facts.
/// </summary>
internal sealed class RuleOutcome
{
    public RuleOutcome(string ruleId, Outcome outcome, RuleResult result)
    {
        RuleId = ruleId;
        Outcome = outcome;
        Result = result;
    }

    public string RuleId { get; }

    public Outcome Outcome { get; }

    public RuleResult Result { get; }
}
