using PartnershipRules.RuleLanguage.Conditions;

namespace PartnershipRules.Model;

/// <summary>
/// Why a rule gave its outcome on one partnership: the precondition (if any) and the condition, each as a tree of
/// what was tested, what was found and what followed. Computed on demand, never on the evaluation path.
/// </summary>
public sealed class Explanation
{
    internal Explanation(RuleResult result, ExplanationNode? appliesWhen, ExplanationNode condition)
    {
        Result = result;
        AppliesWhen = appliesWhen;
        Condition = condition;
    }

    /// <summary>The rule.</summary>
    public RuleDescriptor Rule => Result.Descriptor;

    /// <summary>The rule's result on the partnership (outcome, finding, missing facts).</summary>
    public RuleResult Result { get; }

    /// <summary>The precondition, for rules that have one.</summary>
    public ExplanationNode? AppliesWhen { get; }

    /// <summary>The condition.</summary>
    public ExplanationNode Condition { get; }
}
