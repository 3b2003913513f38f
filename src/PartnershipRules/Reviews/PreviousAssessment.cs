using System;
using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Assessment;
using PartnershipRules.Facts;
using PartnershipRules.Model;

namespace PartnershipRules.Reviews;

/// <summary>
/// What an earlier assessment of a partnership said, as much as a comparison needs: read back from a JSON or SARIF
/// report (<c>check --baseline</c>), kept by a host, or taken from a result in hand (<see cref="Of"/>).
/// </summary>
public sealed class PreviousAssessment
{
    /// <summary>Creates one.</summary>
    /// <param name="caseName">The case as named then (file or record).</param>
    /// <param name="partnershipId">The partnership's id, if recorded.</param>
    /// <param name="partnershipName">The partnership's name, if recorded.</param>
    /// <param name="assessedOn">The date it was assessed on, if known.</param>
    /// <param name="verdict">The verdict then, if known.</param>
    /// <param name="bands">Each area's band then.</param>
    /// <param name="findings">The findings then.</param>
    /// <param name="openQuestions">The questions left open then, by key (<see cref="QuestionKey"/>), with their wording.</param>
    public PreviousAssessment(string caseName, string? partnershipId, string? partnershipName, DateTime? assessedOn, VerdictKind? verdict, IReadOnlyDictionary<RuleCategory, Band> bands, IReadOnlyList<PreviousFinding> findings, IReadOnlyDictionary<string, string> openQuestions)
    {
        CaseName = caseName ?? throw new ArgumentNullException(nameof(caseName));
        PartnershipId = partnershipId;
        PartnershipName = partnershipName;
        AssessedOn = assessedOn;
        Verdict = verdict;
        Bands = bands ?? throw new ArgumentNullException(nameof(bands));
        Findings = findings ?? throw new ArgumentNullException(nameof(findings));
        OpenQuestions = openQuestions ?? throw new ArgumentNullException(nameof(openQuestions));
    }

    /// <summary>The case as named then.</summary>
    public string CaseName { get; }

    /// <summary>The partnership's id, if recorded.</summary>
    public string? PartnershipId { get; }

    /// <summary>The partnership's name, if recorded.</summary>
    public string? PartnershipName { get; }

    /// <summary>The date it was assessed on, if known.</summary>
    public DateTime? AssessedOn { get; }

    /// <summary>The verdict then, if known.</summary>
    public VerdictKind? Verdict { get; }

    /// <summary>Each area's band then.</summary>
    public IReadOnlyDictionary<RuleCategory, Band> Bands { get; }

    /// <summary>The findings then.</summary>
    public IReadOnlyList<PreviousFinding> Findings { get; }

    /// <summary>The questions open then, by key, with their wording.</summary>
    public IReadOnlyDictionary<string, string> OpenQuestions { get; }

    /// <summary>
    /// The earlier assessment of a partnership among several (a baseline report's cases): the one with its id, else its
    /// name, else the same case name; a baseline of one case is the earlier assessment of whatever case is reviewed.
    /// </summary>
    /// <param name="baseline">The earlier assessments.</param>
    /// <param name="caseName">The case as named now.</param>
    /// <param name="partnership">The partnership now.</param>
    /// <returns>Its earlier assessment, or null when the baseline has none.</returns>
    public static PreviousAssessment? Find(IReadOnlyList<PreviousAssessment> baseline, string caseName, Partnership partnership)
    {
        if (baseline is null)
        {
            throw new ArgumentNullException(nameof(baseline));
        }

        if (partnership is null)
        {
            throw new ArgumentNullException(nameof(partnership));
        }

        return (partnership.Id is { } id ? baseline.FirstOrDefault(b => b.PartnershipId == id) : null)
            ?? (partnership.Name is { } name ? baseline.FirstOrDefault(b => b.PartnershipName == name) : null)
            ?? baseline.FirstOrDefault(b => b.CaseName == caseName)
            ?? (baseline.Count == 1 ? baseline[0] : null);
    }

    /// <summary>The key of a question across versions: the record's identity and the fact, never a list position.</summary>
    /// <param name="question">The question.</param>
    /// <returns>Its key.</returns>
    public static string QuestionKey(NextQuestion question) =>
        (question ?? throw new ArgumentNullException(nameof(question))).Record.Identity + "|" + question.Fact;

    /// <summary>The assessment of a result, as a later review would compare against it.</summary>
    /// <param name="caseName">The case's name.</param>
    /// <param name="result">The result.</param>
    /// <param name="assessment">Its assessment.</param>
    /// <returns>What a later review needs of it.</returns>
    public static PreviousAssessment Of(string caseName, AnalysisResult result, PartnershipAssessment assessment)
    {
        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        if (assessment is null)
        {
            throw new ArgumentNullException(nameof(assessment));
        }

        var identities = FindingIdentity.For(result);
        var questions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var question in assessment.Questions)
        {
            questions[QuestionKey(question)] = question.Question;
        }

        return new PreviousAssessment(
            caseName,
            result.Partnership.Id,
            result.Partnership.Name,
            result.AssessmentDate.State == FactState.Known ? result.AssessmentDate.Value : null,
            assessment.Verdict.Kind,
            assessment.Profile.ToDictionary(a => a.Category, a => a.Band),
            result.Findings.Select(f => new PreviousFinding(identities[f].Fingerprint, f.RuleId, f.Severity, f.Message, identities[f].EvidenceDigest, identities[f].Records)).ToList(),
            questions);
    }
}
