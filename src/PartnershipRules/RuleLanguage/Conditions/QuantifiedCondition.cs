using PartnershipRules.Diagnostics;
using PartnershipRules.Facts.Schema;

namespace PartnershipRules.RuleLanguage.Conditions;

/// <summary><c>some</c>/<c>every</c>/<c>none</c> over a list of records.</summary>
internal sealed class QuantifiedCondition : Condition
{
    public QuantifiedCondition(SourceLocation location, Quantifier quantifier, FactAccess collection, Condition? where)
        : base(location)
    {
        Quantifier = quantifier;
        Collection = collection;
        Where = where;
    }

    public Quantifier Quantifier { get; }

    public FactAccess Collection { get; }

    public RecordSchema Item => Collection.Field.Record!;

    public Condition? Where { get; }

    public override TResult Accept<TArgument, TResult>(ConditionVisitor<TArgument, TResult> visitor, TArgument argument) => visitor.VisitQuantified(this, argument);
}
