using PartnershipRules.Diagnostics;

namespace PartnershipRules.RuleLanguage.Conditions;

/// <summary>
/// A checked condition of the closed condition language. Conditions are data; what they mean is given by the
/// visitors that compile, trace, explain and describe them. A new kind of condition is a new subclass, a new method
/// on <see cref="ConditionVisitor{TArgument, TResult}"/> and a new <see cref="Syntax.ConditionSyntax"/>: the compiler
/// then names every visitor that must learn it.
/// </summary>
internal abstract class Condition
{
    protected Condition(SourceLocation location) => Location = location;

    /// <summary>Where the condition is written (its head key).</summary>
    public SourceLocation Location { get; }

    /// <summary>The author's label (<c>because</c>, <c>criteria</c>), set once when the condition is bound.</summary>
    public BranchLabel? Label { get; internal set; }

    /// <summary>
    /// Whether the condition reads other rules' outcomes rather than facts: its trace is one leaf, and when it is
    /// undecided the facts to find out are those of the rules it reads.
    /// </summary>
    public virtual bool ReadsOutcomes => false;

    /// <summary>Calls the visitor's method for this kind of condition.</summary>
    public abstract TResult Accept<TArgument, TResult>(ConditionVisitor<TArgument, TResult> visitor, TArgument argument);
}
