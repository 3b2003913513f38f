using System;
using System.Globalization;
using PartnershipRules.Assessment;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;

namespace PartnershipRules.Hosting;

/// <summary>
/// Changes to the thresholds of the assessment (<see cref="AssessmentOptions"/>). Each value left null keeps the
/// library's default. Bindable from configuration (<c>PartnershipRules:Assessment:PriorityCount</c>), settable in
/// code, and on the command line as <c>--assessment NAME=VALUE</c>. Values out of range are build errors (PRO006),
/// never silently clamped.
/// </summary>
public sealed class AssessmentSettings
{
    /// <summary>The least severity of a recorded "best avoided" circumstance that makes the verdict "reconsider".</summary>
    public Severity? ReconsiderAt { get; set; }

    /// <summary>The least severity of a barrier or missing facilitating condition that makes the verdict "proceed with conditions".</summary>
    public Severity? ConditionsAt { get; set; }

    /// <summary>The share of the verdict's rules that may be undecided before the verdict is "cannot tell yet" (above 0, at most 1).</summary>
    public double? UndecidedShare { get; set; }

    /// <summary>The share of an area's rules that may be undecided before its band is "not enough known" (above 0, at most 1).</summary>
    public double? NotEnoughKnownShare { get; set; }

    /// <summary>How many issues are "what to do first" (at least 1).</summary>
    public int? PriorityCount { get; set; }

    /// <summary>How many questions reports lead with (at least 1).</summary>
    public int? QuestionCount { get; set; }

    /// <summary>The names as written in <c>--assessment NAME=VALUE</c> and configuration keys (camelCase there, PascalCase here).</summary>
    internal static readonly string[] Names = { "reconsiderAt", "conditionsAt", "undecidedShare", "notEnoughKnownShare", "priorityCount", "questionCount" };

    /// <summary>The given thresholds with these settings applied.</summary>
    /// <param name="defaults">The thresholds to start from, usually <see cref="AssessmentOptions.Default"/>.</param>
    /// <returns>The thresholds in effect.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range (see each property).</exception>
    public AssessmentOptions ApplyTo(AssessmentOptions defaults)
    {
        if (defaults is null)
        {
            throw new ArgumentNullException(nameof(defaults));
        }

        return new AssessmentOptions
        {
            ReconsiderAt = ReconsiderAt ?? defaults.ReconsiderAt,
            ConditionsAt = ConditionsAt ?? defaults.ConditionsAt,
            UndecidedShare = UndecidedShare ?? defaults.UndecidedShare,
            NotEnoughKnownShare = NotEnoughKnownShare ?? defaults.NotEnoughKnownShare,
            PriorityCount = PriorityCount ?? defaults.PriorityCount,
            QuestionCount = QuestionCount ?? defaults.QuestionCount,
        };
    }

    /// <summary>The first setting out of its range, as NAME=VALUE; null when every one is in range.</summary>
    internal string? OutOfRange()
    {
        static string Show(string name, object value) => name + "=" + Convert.ToString(value, CultureInfo.InvariantCulture);
        static bool IsThreshold(Severity? s) => s is null or (>= Severity.Suggestion and <= Severity.Error);
        static bool IsShare(double? d) => d is null or (> 0 and <= 1);
        return !IsThreshold(ReconsiderAt) ? Show(Names[0], Spelling.Of(ReconsiderAt!.Value))
            : !IsThreshold(ConditionsAt) ? Show(Names[1], Spelling.Of(ConditionsAt!.Value))
            : !IsShare(UndecidedShare) ? Show(Names[2], UndecidedShare!.Value)
            : !IsShare(NotEnoughKnownShare) ? Show(Names[3], NotEnoughKnownShare!.Value)
            : PriorityCount is < 1 ? Show(Names[4], PriorityCount.Value)
            : QuestionCount is < 1 ? Show(Names[5], QuestionCount.Value)
            : null;
    }

    /// <summary>The settings copied into another instance.</summary>
    internal void CopyTo(AssessmentSettings other)
    {
        other.ReconsiderAt = ReconsiderAt;
        other.ConditionsAt = ConditionsAt;
        other.UndecidedShare = UndecidedShare;
        other.NotEnoughKnownShare = NotEnoughKnownShare;
        other.PriorityCount = PriorityCount;
        other.QuestionCount = QuestionCount;
    }

    /// <summary>Sets one value by its name as written on the command line; false when the name or the value is not one (ranges are checked by <see cref="ApplyTo"/>).</summary>
    internal bool TrySet(string name, string value)
    {
        switch (name)
        {
            case "reconsiderAt" when Spelling.TryParse<Severity>(value, out var severity):
                ReconsiderAt = severity;
                return true;
            case "conditionsAt" when Spelling.TryParse<Severity>(value, out var severity):
                ConditionsAt = severity;
                return true;
            case "undecidedShare" when TryShare(value, out var share):
                UndecidedShare = share;
                return true;
            case "notEnoughKnownShare" when TryShare(value, out var share):
                NotEnoughKnownShare = share;
                return true;
            case "priorityCount" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count):
                PriorityCount = count;
                return true;
            case "questionCount" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count):
                QuestionCount = count;
                return true;
            default:
                return false;
        }
    }

    private static bool TryShare(string text, out double share) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out share);
}
