using System;
using PartnershipRules.Model;

namespace PartnershipRules.Reporting;

/// <summary>The result of evaluating one case file, for the report writers.</summary>
public sealed class CaseReport
{
    /// <summary>Creates a report entry.</summary>
    /// <param name="casePath">The case file as named by the user.</param>
    /// <param name="partnershipName">The partnership's name, if recorded.</param>
    /// <param name="result">The evaluation result.</param>
    public CaseReport(string casePath, string? partnershipName, AnalysisResult result)
    {
        CasePath = casePath ?? throw new ArgumentNullException(nameof(casePath));
        PartnershipName = partnershipName;
        Result = result ?? throw new ArgumentNullException(nameof(result));
    }

    /// <summary>The case file as named by the user.</summary>
    public string CasePath { get; }

    /// <summary>The partnership's name, if recorded.</summary>
    public string? PartnershipName { get; }

    /// <summary>The evaluation result.</summary>
    public AnalysisResult Result { get; }

    /// <summary>The partnership's id, if recorded (JSON lines carry it, so a batch's results can be matched to its records).</summary>
    public string? PartnershipId { get; init; }

    /// <summary>This assessment against an earlier one, when the report is a review (<c>check --baseline</c>); otherwise null.</summary>
    public Reviews.Review? Review { get; init; }

    /// <summary>For a case read from a batch, its line in the input (JSON lines carry it); otherwise null.</summary>
    public int? Line { get; init; }
}
