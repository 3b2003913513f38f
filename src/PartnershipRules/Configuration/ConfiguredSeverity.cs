namespace PartnershipRules.Configuration;

/// <summary>
/// A severity as configuration sets it: one of the four finding severities, or <see cref="None"/>, which turns a
/// rule's reports off.
/// </summary>
public enum ConfiguredSeverity
{
    /// <summary>The rule's results are not reported. Rules built on it (composites) still see its outcome.</summary>
    None = 0,

    /// <summary>Findings are kept in the results but not shown by default.</summary>
    Silent = 1,

    /// <summary>Findings are suggestions (info).</summary>
    Suggestion = 2,

    /// <summary>Findings are warnings.</summary>
    Warning = 3,

    /// <summary>Findings are errors.</summary>
    Error = 4,
}
