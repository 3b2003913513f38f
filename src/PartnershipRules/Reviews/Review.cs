using System;
using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Assessment;
using PartnershipRules.Model;

namespace PartnershipRules.Reviews;

/// <summary>
/// A partnership's assessment against an earlier one: every finding now marked new, unchanged or changed, the earlier
/// findings no longer reported (resolved), the questions answered since and those still open, and the verdict and the
/// profile then and now. Findings are matched by <see cref="FindingIdentity"/>, questions by record and fact, so a
/// reordered or extended case compares as what it is.
/// </summary>
public sealed class Review
{
    private readonly Dictionary<Finding, FindingChange> _changes;
    private readonly Dictionary<string, PreviousFinding> _then;

    private Review(PreviousAssessment previous, Dictionary<string, PreviousFinding> then, Dictionary<Finding, FindingChange> changes, IReadOnlyList<PreviousFinding> resolved, IReadOnlyList<string> answered, IReadOnlyList<string> stillOpen, VerdictKind verdictNow, IReadOnlyList<AreaChange> profile, IReadOnlyDictionary<Finding, FindingIdentity> identities)
    {
        Previous = previous;
        _then = then;
        _changes = changes;
        Resolved = resolved;
        QuestionsAnswered = answered;
        QuestionsStillOpen = stillOpen;
        VerdictNow = verdictNow;
        Profile = profile;
        Identities = identities;
    }

    /// <summary>The earlier assessment.</summary>
    public PreviousAssessment Previous { get; }

    /// <summary>The verdict then, if the earlier assessment had one.</summary>
    public VerdictKind? VerdictThen => Previous.Verdict;

    /// <summary>The verdict now.</summary>
    public VerdictKind VerdictNow { get; }

    /// <summary>Each area then and now, in the profile's order.</summary>
    public IReadOnlyList<AreaChange> Profile { get; }

    /// <summary>The earlier findings not reported now.</summary>
    public IReadOnlyList<PreviousFinding> Resolved { get; }

    /// <summary>The findings now that the earlier assessment did not have.</summary>
    public IReadOnlyList<Finding> New => Where(FindingChange.New);

    /// <summary>The findings now that it had, with another severity or other evidence.</summary>
    public IReadOnlyList<Finding> Changed => Where(FindingChange.Changed);

    /// <summary>The findings now that it had as they are.</summary>
    public IReadOnlyList<Finding> Unchanged => Where(FindingChange.Unchanged);

    /// <summary>The questions open then and answered since (their wording).</summary>
    public IReadOnlyList<string> QuestionsAnswered { get; }

    /// <summary>The questions open then and still open (their wording).</summary>
    public IReadOnlyList<string> QuestionsStillOpen { get; }

    /// <summary>The identity of each finding now.</summary>
    public IReadOnlyDictionary<Finding, FindingIdentity> Identities { get; }

    /// <summary>How a finding of the current result stands against the earlier assessment.</summary>
    /// <param name="finding">A finding of the result reviewed.</param>
    /// <returns>New, unchanged or changed.</returns>
    public FindingChange ChangeOf(Finding finding) =>
        _changes.TryGetValue(finding ?? throw new ArgumentNullException(nameof(finding)), out var change)
            ? change
            : throw new ArgumentException("The finding is not one of the result reviewed.", nameof(finding));

    /// <summary>The records a finding names now that it did not name then (by identity); empty for a new finding.</summary>
    /// <param name="finding">A finding of the result reviewed.</param>
    /// <returns>The records it has come to name.</returns>
    public IReadOnlyList<string> RecordsAdded(Finding finding) =>
        _then.TryGetValue(Identity(finding).Fingerprint, out var earlier) ? Identity(finding).Records.Except(earlier.Records, StringComparer.Ordinal).ToList() : Array.Empty<string>();

    /// <summary>The records a finding named then and names no longer (by identity).</summary>
    /// <param name="finding">A finding of the result reviewed.</param>
    /// <returns>The records it no longer names.</returns>
    public IReadOnlyList<string> RecordsRemoved(Finding finding) =>
        _then.TryGetValue(Identity(finding).Fingerprint, out var earlier) ? earlier.Records.Except(Identity(finding).Records, StringComparer.Ordinal).ToList() : Array.Empty<string>();

    private FindingIdentity Identity(Finding finding) =>
        Identities.TryGetValue(finding ?? throw new ArgumentNullException(nameof(finding)), out var identity)
            ? identity
            : throw new ArgumentException("The finding is not one of the result reviewed.", nameof(finding));

    /// <summary>Compares a result and its assessment with an earlier assessment of the same partnership.</summary>
    /// <param name="previous">The earlier assessment.</param>
    /// <param name="result">The result now.</param>
    /// <param name="assessment">Its assessment.</param>
    /// <returns>The review.</returns>
    public static Review Compare(PreviousAssessment previous, AnalysisResult result, PartnershipAssessment assessment)
    {
        if (previous is null)
        {
            throw new ArgumentNullException(nameof(previous));
        }

        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        if (assessment is null)
        {
            throw new ArgumentNullException(nameof(assessment));
        }

        var identities = FindingIdentity.For(result);
        var then = previous.Findings.GroupBy(f => f.Fingerprint, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var changes = new Dictionary<Finding, FindingChange>();
        foreach (var finding in result.Findings)
        {
            var identity = identities[finding];
            changes[finding] = !then.TryGetValue(identity.Fingerprint, out var earlier) ? FindingChange.New
                : earlier.Severity != finding.Severity || (earlier.EvidenceDigest is { } digest && digest != identity.EvidenceDigest) ? FindingChange.Changed
                : FindingChange.Unchanged;
        }

        var now = new HashSet<string>(identities.Values.Select(i => i.Fingerprint), StringComparer.Ordinal);
        var resolved = previous.Findings.Where(f => !now.Contains(f.Fingerprint)).ToList();

        var open = new HashSet<string>(assessment.Questions.Select(PreviousAssessment.QuestionKey), StringComparer.Ordinal);
        var answered = previous.OpenQuestions.Where(q => !open.Contains(q.Key)).Select(q => q.Value).ToList();
        var stillOpen = previous.OpenQuestions.Where(q => open.Contains(q.Key)).Select(q => q.Value).ToList();

        var profile = assessment.Profile
            .Select(a => new AreaChange(a.Category, a.Name, previous.Bands.TryGetValue(a.Category, out var band) ? band : null, a.Band))
            .ToList();
        return new Review(previous, then, changes, resolved, answered, stillOpen, assessment.Verdict.Kind, profile, identities);
    }

    private List<Finding> Where(FindingChange change) => _changes.Where(p => p.Value == change).Select(p => p.Key).ToList();
}
