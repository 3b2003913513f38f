using System.Collections.Generic;
using PartnershipRules.Diagnostics;

namespace PartnershipRules.RuleLanguage.Conditions;

/// <summary>How many of a set of rules fired, compared with a bound.</summary>
internal sealed class FindingCountCondition : Condition
{
    public FindingCountCondition(SourceLocation location, string filterText, IReadOnlyList<string> ruleIds, ComparisonOperator op, double bound)
        : base(location)
    {
        FilterText = filterText;
        RuleIds = ruleIds;
        Operator = op;
        Bound = bound;
    }

    /// <summary>The filter as written, for explanations.</summary>
    public string FilterText { get; }

    public IReadOnlyList<string> RuleIds { get; }

    public ComparisonOperator Operator { get; }

    public double Bound { get; }

    public override bool ReadsOutcomes => true;

    public override TResult Accept<TArgument, TResult>(ConditionVisitor<TArgument, TResult> visitor, TArgument argument) => visitor.VisitFindingCount(this, argument);
}
