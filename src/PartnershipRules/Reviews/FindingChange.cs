namespace PartnershipRules.Reviews;

/// <summary>How a finding stands against an earlier assessment (SARIF's <c>baselineState</c> words in brackets).</summary>
public enum FindingChange
{
    /// <summary>Not in the earlier assessment (<c>new</c>).</summary>
    New = 0,

    /// <summary>In it, with the same severity and evidence (<c>unchanged</c>).</summary>
    Unchanged = 1,

    /// <summary>In it, with another severity or other evidence (<c>updated</c>).</summary>
    Changed = 2,

    /// <summary>In it, and not now (<c>absent</c>): resolved.</summary>
    Resolved = 3,
}
