using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Diagnostics;

namespace PartnershipRules.RuleLanguage.Conditions;

/// <summary>
/// A type decided by the balance of the signals that were recorded: enough signals for it fired, few enough against
/// it fired, and enough of all the signals were decided at all. Unlike a findings count it does not wait for every
/// signal: the case is classified when what was recorded decides it, and the signals left unrecorded are stated.
/// </summary>
internal sealed class BalanceCondition : Condition
{
    public BalanceCondition(SourceLocation location, string forText, IReadOnlyList<string> forIds, string againstText, IReadOnlyList<string> againstIds, double forAtLeast, double againstAtMost, double recordedAtLeast)
        : base(location)
    {
        ForText = forText;
        ForIds = forIds;
        AgainstText = againstText;
        AgainstIds = againstIds;
        ForAtLeast = forAtLeast;
        AgainstAtMost = againstAtMost;
        RecordedAtLeast = recordedAtLeast;
    }

    /// <summary>The filter of the signals for the type, as written, for explanations.</summary>
    public string ForText { get; }

    public IReadOnlyList<string> ForIds { get; }

    /// <summary>The filter of the signals against the type, as written.</summary>
    public string AgainstText { get; }

    public IReadOnlyList<string> AgainstIds { get; }

    /// <summary>Signals for the type that must have fired.</summary>
    public double ForAtLeast { get; }

    /// <summary>Signals against the type that may have fired.</summary>
    public double AgainstAtMost { get; }

    /// <summary>The share (0 to 1) of all the signals that must be decided (fired, not fired or not applicable).</summary>
    public double RecordedAtLeast { get; }

    /// <summary>The balance a condition is, or one of its <c>all</c>/<c>any</c>/<c>not</c> operands is; else null.</summary>
    public static BalanceCondition? Within(Condition condition) => condition switch
    {
        BalanceCondition balance => balance,
        NotCondition not => Within(not.Operand),
        LogicalCondition logical => logical.Operands.Select(Within).FirstOrDefault(b => b is not null),
        _ => null,
    };

    public override bool ReadsOutcomes => true;

    public override TResult Accept<TArgument, TResult>(ConditionVisitor<TArgument, TResult> visitor, TArgument argument) => visitor.VisitBalance(this, argument);
}
