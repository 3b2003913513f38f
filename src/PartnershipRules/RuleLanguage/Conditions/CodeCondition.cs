using System;
using System.Collections.Generic;
using PartnershipRules.Diagnostics;
using PartnershipRules.Facts;
using PartnershipRules.Model;

namespace PartnershipRules.RuleLanguage.Conditions;

/// <summary>
/// A condition written in C# by the host (a <see cref="CodeRules.CodeRule"/>). It is compiled into the same rule
/// network as the YAML conditions; the facts it declares it reads are its evidence and, when it cannot decide, the
/// missing facts reported.
/// </summary>
internal sealed class CodeCondition : Condition
{
    public CodeCondition(SourceLocation location, Func<Partnership, Truth> evaluate, IReadOnlyList<FactAccess> reads, string description)
        : base(location)
    {
        Evaluate = evaluate;
        Reads = reads;
        Description = description;
    }

    public Func<Partnership, Truth> Evaluate { get; }

    public IReadOnlyList<FactAccess> Reads { get; }

    /// <summary>What the code checks, in the author's words (shown in rule pages and explanations).</summary>
    public string Description { get; }

    public override TResult Accept<TArgument, TResult>(ConditionVisitor<TArgument, TResult> visitor, TArgument argument) => visitor.VisitCode(this, argument);
}
