namespace PartnershipRules.Samples.CaseManagement.Storage;

/// <summary>
/// The assessment of one case version as the service computed it on receipt, with the rule set that computed it, so
/// the history shows what was said at the time even after the rules change.
/// </summary>
public sealed class StoredAssessment
{
    /// <summary>The row's own id.</summary>
    public int Id { get; set; }

    /// <summary>The version's row id.</summary>
    public int CaseVersionId { get; set; }

    /// <summary>The verdict, spelt as in the JSON report (e.g. <c>proceed_with_caution</c>).</summary>
    public string Verdict { get; set; } = "";

    /// <summary>Each area's band, as a JSON object from area to band.</summary>
    public string ProfileJson { get; set; } = "{}";

    /// <summary>How many findings the case had.</summary>
    public int FindingCount { get; set; }

    /// <summary>The summary answer, as <c>POST /partnerships/check</c> gives it.</summary>
    public string SummaryJson { get; set; } = "";

    /// <summary>The library's whole JSON report.</summary>
    public string ReportJson { get; set; } = "";

    /// <summary>The hash of the rule set that assessed it.</summary>
    public string RuleSetHash { get; set; } = "";
}
