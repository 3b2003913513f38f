using System.Collections.Generic;
using PartnershipRules.Diagnostics;

namespace PartnershipRules.RuleLanguage.Conditions;

/// <summary>A comparison of one fact with constant values (<c>fact: PATH</c> with an operator).</summary>
internal sealed class ComparisonCondition : Condition
{
    public ComparisonCondition(SourceLocation location, FactAccess fact, ComparisonOperator op, IReadOnlyList<object> values, FactAccess? reference = null)
        : base(location)
    {
        Fact = fact;
        Operator = op;
        Values = values;
        Reference = reference;
    }

    public FactAccess Fact { get; }

    /// <summary>For <see cref="ComparisonOperator.OlderThanMonths"/>: the date measured from: the assessment date, or the date named by <c>from</c>.</summary>
    public FactAccess? Reference { get; }

    public ComparisonOperator Operator { get; }

    /// <summary>Operands, already parsed to the fact's CLR type.</summary>
    public IReadOnlyList<object> Values { get; }

    public override TResult Accept<TArgument, TResult>(ConditionVisitor<TArgument, TResult> visitor, TArgument argument) => visitor.VisitComparison(this, argument);
}
