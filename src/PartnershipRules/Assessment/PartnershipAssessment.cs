using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.Facts;
using PartnershipRules.Model;

namespace PartnershipRules.Assessment;

/// <summary>
/// Advice a practitioner can act on, computed from one analysis result: a verdict on collaborating, a profile per area
/// of the papers, the findings grouped into issues and ranked (what to do first), the questions whose answers would
/// settle the most, and where the partnership sits on Jones's scale. The verdict, bands and ranking are the library's
/// own reading of the papers, documented in the README ("Reading an assessment"); the findings and quotes are the
/// papers'. A pure function of the result: computed when asked, so evaluation never pays for it. Immutable.
/// </summary>
public sealed class PartnershipAssessment
{
    private PartnershipAssessment(
        Verdict verdict,
        IReadOnlyList<AreaProfile> profile,
        IReadOnlyList<Issue> issues,
        IReadOnlyList<Issue> priorities,
        IReadOnlyList<NextQuestion> questions,
        IReadOnlyList<QuestionGroup> questionGroups,
        JonesPosition jones)
    {
        Verdict = verdict;
        Profile = profile;
        Issues = issues;
        Priorities = priorities;
        Questions = questions;
        QuestionGroups = questionGroups;
        Jones = jones;
    }

    /// <summary>Proceed, proceed with conditions, reconsider or cannot tell yet, and why.</summary>
    public Verdict Verdict { get; }

    /// <summary>One band per area of the papers that has rules, in the papers' order.</summary>
    public IReadOnlyList<AreaProfile> Profile { get; }

    /// <summary>Every issue, ranked: reasons to avoid collaboration first, then by severity, by the strength of the papers' claim, and by how many rules and areas it touches.</summary>
    public IReadOnlyList<Issue> Issues { get; }

    /// <summary>What to do first: the first issues of the ranking that are not set aside.</summary>
    public IReadOnlyList<Issue> Priorities { get; }

    /// <summary>Every unknown fact with its question, ranked by what an answer could settle.</summary>
    public IReadOnlyList<NextQuestion> Questions { get; }

    /// <summary>The questions grouped by the record they are about (the partnership, each partner, forum...), the group with the most telling question first.</summary>
    public IReadOnlyList<QuestionGroup> QuestionGroups { get; }

    /// <summary>Where the partnership sits between Jones's disconnected and connected types.</summary>
    public JonesPosition Jones { get; }

    /// <summary>Assesses an analysis result with the default thresholds.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The assessment.</returns>
    public static PartnershipAssessment Of(AnalysisResult result) => Of(result, AssessmentOptions.Default);

    /// <summary>Assesses an analysis result.</summary>
    /// <param name="result">The result.</param>
    /// <param name="options">The thresholds of the scheme.</param>
    /// <returns>The assessment.</returns>
    public static PartnershipAssessment Of(AnalysisResult result, AssessmentOptions options)
    {
        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var records = new RecordResolver(result.Partnership);
        var issues = IssueGrouping.Group(result, records);
        var questions = QuestionRanking.Rank(result, records);
        var groups = questions
            .GroupBy(q => q.Record)
            .Select(g => new QuestionGroup(g.Key, g.ToList()))
            .ToList();
        return new PartnershipAssessment(
            VerdictRule.Decide(result, questions, options),
            Profiles(result, options),
            issues,
            issues.Where(i => i.CallsForAction && i.Severity > Severity.Silent).Take(options.PriorityCount).ToList(),
            questions,
            groups,
            Position(result));
    }

    private static List<AreaProfile> Profiles(AnalysisResult result, AssessmentOptions options)
    {
        var profiles = new List<AreaProfile>();
        foreach (var area in result.Results.GroupBy(r => r.Descriptor.Category).OrderBy(g => g.Key))
        {
            var rules = area.ToList();
            var notApplicable = rules.Count(r => r.Outcome == Outcome.NotApplicable);
            var applicable = rules.Count - notApplicable;
            var undecided = rules.Count(r => r.Outcome == Outcome.InsufficientInformation);
            var strengths = rules.Count(InFavour);
            var concerns = rules.Select(r => r.Finding).Where(f => f is { IsSuppressed: false } && IsConcern(f)).Select(f => f!).ToList();
            var serious = concerns.Count(f => f.Severity == Severity.Error);
            var major = concerns.Count(f => f.Severity >= Severity.Warning);
            var minor = concerns.Count(f => f.Severity < Severity.Warning && f.Severity > Severity.Silent);
            Band band;
            if (applicable == 0 || undecided >= options.NotEnoughKnownShare * applicable)
            {
                band = Band.NotEnoughKnown;
            }
            else if (serious > 0 || major > strengths)
            {
                band = Band.Concern;
            }
            else if (major == 0 && strengths > 0)
            {
                band = Band.Strength;
            }
            else
            {
                band = Band.Mixed;
            }

            var findings = FindingOrder.Findings(rules.Where(r => r.Finding is not null).Select(r => r.Finding!)).ToList();
            profiles.Add(new AreaProfile(area.Key, band, strengths, major, serious, minor, undecided, applicable, notApplicable, findings));
        }

        return profiles;
    }

    /// <summary>The tag of reason rules that fire when a substantive reason to collaborate is recorded.</summary>
    private const string SubstantiveReason = "substantive-reason";

    /// <summary>
    /// A point in the partnership's favour: a facilitating condition present (its rule did not fire, or its "present"
    /// rule fired), a barrier, risk or reason to avoid collaborating found absent, a substantive reason recorded.
    /// </summary>
    internal static bool InFavour(RuleResult result) => InFavour(result.Descriptor, result.Outcome == Outcome.NotFired ? null : result.Finding, result.Outcome == Outcome.NotFired);

    /// <summary>A finding (not suppressed) that is a point in the partnership's favour.</summary>
    internal static bool InFavour(RuleDescriptor rule, Finding finding) => InFavour(rule, finding, notFired: false);

    private static bool InFavour(RuleDescriptor rule, Finding? finding, bool notFired) => rule.Kind switch
    {
        RuleKind.Facilitator or RuleKind.Barrier or RuleKind.Risk or RuleKind.AvoidCollaboration => notFired,
        RuleKind.FacilitatorPresent => finding is { IsSuppressed: false },
        RuleKind.Reason => finding is { IsSuppressed: false } && rule.Tags.Contains(SubstantiveReason),
        _ => false,
    };

    /// <summary>A finding that counts against the partnership in its area (a classification or a substantive reason does not).</summary>
    internal static bool IsConcern(Finding finding) => finding.Descriptor.Kind switch
    {
        RuleKind.Facilitator or RuleKind.Barrier or RuleKind.Risk or RuleKind.AvoidCollaboration => true,
        RuleKind.Reason => !finding.Descriptor.Tags.Contains(SubstantiveReason),
        _ => false,
    };

    private static JonesPosition Position(AnalysisResult result)
    {
        const string ConnectedTag = "jones-connected";
        const string DisconnectedTag = "jones-disconnected";
        var signals = result.Results.Where(r => r.Descriptor.Tags.Contains(ConnectedTag) || r.Descriptor.Tags.Contains(DisconnectedTag)).ToList();
        var classifications = result.Results.Where(r => r.Descriptor.Category == RuleCategory.JonesModel && r.Descriptor.Kind == RuleKind.Classification).ToList();
        var applies = classifications.Count == 0 || classifications.Any(r => r.Outcome != Outcome.NotApplicable);
        return new JonesPosition(
            applies,
            signals.Where(r => r.Outcome == Outcome.Fired && r.Descriptor.Tags.Contains(ConnectedTag)).ToList(),
            signals.Where(r => r.Outcome == Outcome.Fired && r.Descriptor.Tags.Contains(DisconnectedTag)).ToList(),
            signals.Count(r => r.Outcome == Outcome.InsufficientInformation),
            signals.Count(r => r.Outcome == Outcome.NotFired),
            classifications.Select(r => r.Finding).FirstOrDefault(f => f is not null));
    }

    /// <summary>The weight an undecided rule gives a question about a fact it names.</summary>
    internal static int Weight(Severity severity) => severity switch
    {
        Severity.Error => 8,
        Severity.Warning => 4,
        Severity.Suggestion => 2,
        _ => 1,
    };

    internal static string Count(int count, string one, string many) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
}
