using PartnershipRules.Diagnostics;
using PartnershipRules.Facts.Schema;

namespace PartnershipRules.RuleLanguage.Conditions;

/// <summary>The share of a numeric field's total held by the items that satisfy a condition, compared with a fraction.</summary>
internal sealed class ShareCondition : Condition
{
    public ShareCondition(SourceLocation location, FactAccess collection, FactAccess of, Condition where, ComparisonOperator op, double bound)
        : base(location)
    {
        Collection = collection;
        Of = of;
        Where = where;
        Operator = op;
        Bound = bound;
    }

    public FactAccess Collection { get; }

    public RecordSchema Item => Collection.Field.Record!;

    public FactAccess Of { get; }

    public Condition Where { get; }

    public ComparisonOperator Operator { get; }

    public double Bound { get; }

    public override TResult Accept<TArgument, TResult>(ConditionVisitor<TArgument, TResult> visitor, TArgument argument) => visitor.VisitShare(this, argument);
}
