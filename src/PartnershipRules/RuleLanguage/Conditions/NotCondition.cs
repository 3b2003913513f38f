using PartnershipRules.Diagnostics;

namespace PartnershipRules.RuleLanguage.Conditions;

/// <summary><c>not</c>: the Kleene negation of a condition (unknown stays unknown).</summary>
internal sealed class NotCondition : Condition
{
    public NotCondition(SourceLocation location, Condition operand)
        : base(location) => Operand = operand;

    public Condition Operand { get; }

    public override TResult Accept<TArgument, TResult>(ConditionVisitor<TArgument, TResult> visitor, TArgument argument) => visitor.VisitNot(this, argument);
}
