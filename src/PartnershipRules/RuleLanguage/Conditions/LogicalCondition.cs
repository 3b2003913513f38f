using System.Collections.Generic;
using PartnershipRules.Diagnostics;

namespace PartnershipRules.RuleLanguage.Conditions;

/// <summary><c>all</c> or <c>any</c> of a list of conditions (Kleene AND / OR).</summary>
internal sealed class LogicalCondition : Condition
{
    public LogicalCondition(SourceLocation location, LogicalOperator op, IReadOnlyList<Condition> operands)
        : base(location)
    {
        Operator = op;
        Operands = operands;
    }

    public LogicalOperator Operator { get; }

    public IReadOnlyList<Condition> Operands { get; }

    public override TResult Accept<TArgument, TResult>(ConditionVisitor<TArgument, TResult> visitor, TArgument argument) => visitor.VisitLogical(this, argument);
}
