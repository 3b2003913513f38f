using System.Collections.Generic;
using PartnershipRules.Model;

namespace PartnershipRules.Assessment;

/// <summary>
/// The assessment's answer to the question both papers care about most: should these organisations collaborate, and
/// on what conditions? The rule that gives it is the library's own (README, "Reading an assessment"); it names the
/// findings that decided it, or the undecided rules and questions that would.
/// </summary>
public sealed class Verdict
{
    internal Verdict(VerdictKind kind, string reason, IReadOnlyList<Finding> decidedBy, IReadOnlyList<RuleResult> undecided, IReadOnlyList<NextQuestion> questions)
    {
        Kind = kind;
        Reason = reason;
        DecidedBy = decidedBy;
        Undecided = undecided;
        Questions = questions;
    }

    /// <summary>Proceed, proceed with conditions, reconsider, or cannot tell yet.</summary>
    public VerdictKind Kind { get; }

    /// <summary>Why, in one or two sentences naming what decided it.</summary>
    public string Reason { get; }

    /// <summary>The findings that decided the verdict (none for <see cref="VerdictKind.Proceed"/> and <see cref="VerdictKind.CannotTellYet"/>).</summary>
    public IReadOnlyList<Finding> DecidedBy { get; }

    /// <summary>For <see cref="VerdictKind.CannotTellYet"/>: the rules that would decide it and could not be decided.</summary>
    public IReadOnlyList<RuleResult> Undecided { get; }

    /// <summary>For <see cref="VerdictKind.CannotTellYet"/>: the questions that would settle it, most telling first.</summary>
    public IReadOnlyList<NextQuestion> Questions { get; }

    /// <summary>How a reader names the verdict: "proceed", "proceed with conditions", "reconsider", "cannot tell yet".</summary>
    public string Words => WordsFor(Kind);

    /// <summary>How a reader names a verdict of a kind: "proceed", "proceed with conditions", "reconsider", "cannot tell yet".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its words.</returns>
    public static string WordsFor(VerdictKind kind) => kind switch
    {
        VerdictKind.Proceed => "proceed",
        VerdictKind.ProceedWithConditions => "proceed with conditions",
        VerdictKind.Reconsider => "reconsider",
        _ => "cannot tell yet",
    };
}
