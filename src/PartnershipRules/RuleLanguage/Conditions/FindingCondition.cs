using PartnershipRules.Diagnostics;

namespace PartnershipRules.RuleLanguage.Conditions;

/// <summary>Whether another rule fired: true when it fired, unknown when it lacked information, false otherwise.</summary>
internal sealed class FindingCondition : Condition
{
    public FindingCondition(SourceLocation location, string ruleId)
        : base(location) => RuleId = ruleId;

    public string RuleId { get; }

    public override bool ReadsOutcomes => true;

    public override TResult Accept<TArgument, TResult>(ConditionVisitor<TArgument, TResult> visitor, TArgument argument) => visitor.VisitFinding(this, argument);
}
