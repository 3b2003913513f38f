using System;
using PartnershipRules.Diagnostics;

namespace PartnershipRules.Assessment;

/// <summary>
/// The thresholds of the library's assessment scheme, where a host may read the papers differently. The defaults are
/// the library's own calibration (documented in the README, "Reading an assessment"), not numbers from the papers.
/// Immutable.
/// </summary>
public sealed class AssessmentOptions
{
    private readonly Severity _reconsiderAt = Severity.Warning;
    private readonly Severity _conditionsAt = Severity.Warning;
    private readonly double _undecidedShare = 0.5;
    private readonly double _notEnoughKnownShare = 0.5;
    private readonly int _priorityCount = 5;
    private readonly int _questionCount = 10;

    /// <summary>The defaults.</summary>
    public static AssessmentOptions Default { get; } = new();

    /// <summary>
    /// The least severity at which one of the circumstances Tett names as making collaboration best avoided (rules
    /// tagged <c>named-circumstance</c>) makes the verdict <see cref="VerdictKind.Reconsider"/> (default warning: a
    /// host that lowers such a rule to a suggestion says it does not decide the matter for them). Lesser signals, such
    /// as alternatives never weighed, never give reconsider; they are conditions to deal with.
    /// </summary>
    public Severity ReconsiderAt
    {
        get => _reconsiderAt;
        init => _reconsiderAt = value is >= Severity.Suggestion and <= Severity.Error ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A threshold is suggestion, warning or error.");
    }

    /// <summary>
    /// The least severity at which a barrier, a missing facilitating condition or a risk-free "best avoided" signal
    /// below <see cref="ReconsiderAt"/> makes the verdict <see cref="VerdictKind.ProceedWithConditions"/> (default warning).
    /// </summary>
    public Severity ConditionsAt
    {
        get => _conditionsAt;
        init => _conditionsAt = value is >= Severity.Suggestion and <= Severity.Error ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A threshold is suggestion, warning or error.");
    }

    /// <summary>
    /// The share of the reasons-to-avoid, facilitating-condition and barrier rules that may be undecided before the
    /// verdict is <see cref="VerdictKind.CannotTellYet"/> (default 0.5: when half or more could not be decided, a
    /// "proceed" would rest on what nobody has asked).
    /// </summary>
    public double UndecidedShare
    {
        get => _undecidedShare;
        init => _undecidedShare = value is > 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A share is above 0 and at most 1.");
    }

    /// <summary>The share of an area's applicable rules that may be undecided before its band is <see cref="Band.NotEnoughKnown"/> (default 0.5).</summary>
    public double NotEnoughKnownShare
    {
        get => _notEnoughKnownShare;
        init => _notEnoughKnownShare = value is > 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A share is above 0 and at most 1.");
    }

    /// <summary>How many issues are "what to do first" (default 5).</summary>
    public int PriorityCount
    {
        get => _priorityCount;
        init => _priorityCount = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one priority.");
    }

    /// <summary>How many questions are the "next questions" reports lead with (default 10; all of them are in <see cref="PartnershipAssessment.Questions"/>).</summary>
    public int QuestionCount
    {
        get => _questionCount;
        init => _questionCount = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one question.");
    }
}
