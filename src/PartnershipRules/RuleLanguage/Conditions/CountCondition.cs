using PartnershipRules.Diagnostics;
using PartnershipRules.Facts.Schema;

namespace PartnershipRules.RuleLanguage.Conditions;

/// <summary>Counting a list's items (optionally those that satisfy a condition) and comparing the count.</summary>
internal sealed class CountCondition : Condition
{
    public CountCondition(SourceLocation location, FactAccess collection, Condition? where, ComparisonOperator op, double bound)
        : base(location)
    {
        Collection = collection;
        Where = where;
        Operator = op;
        Bound = bound;
    }

    public FactAccess Collection { get; }

    public RecordSchema Item => Collection.Field.Record!;

    public Condition? Where { get; }

    public ComparisonOperator Operator { get; }

    public double Bound { get; }

    public override TResult Accept<TArgument, TResult>(ConditionVisitor<TArgument, TResult> visitor, TArgument argument) => visitor.VisitCount(this, argument);
}
