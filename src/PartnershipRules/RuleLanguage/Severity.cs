namespace PartnershipRules.RuleLanguage;

/// <summary>How strongly a finding is reported. Ordered from least to most severe.</summary>
public enum Severity
{
    /// <summary>Computed and kept in the results, but not shown by default.</summary>
    Silent = 0,

    /// <summary>A suggestion worth considering.</summary>
    Suggestion = 1,

    /// <summary>A warning: the research points to a problem.</summary>
    Warning = 2,

    /// <summary>An error: the research says this circumstance is serious (e.g. collaboration is best avoided).</summary>
    Error = 3,
}
