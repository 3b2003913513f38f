using PartnershipRules.Diagnostics;

namespace PartnershipRules.RuleLanguage.Conditions;

/// <summary>Counting the distinct known values of one field across a list's items.</summary>
internal sealed class DistinctCondition : Condition
{
    public DistinctCondition(SourceLocation location, FactAccess collection, FactAccess of, ComparisonOperator op, double bound)
        : base(location)
    {
        Collection = collection;
        Of = of;
        Operator = op;
        Bound = bound;
    }

    public FactAccess Collection { get; }

    public FactAccess Of { get; }

    public ComparisonOperator Operator { get; }

    public double Bound { get; }

    public override TResult Accept<TArgument, TResult>(ConditionVisitor<TArgument, TResult> visitor, TArgument argument) => visitor.VisitDistinct(this, argument);
}
