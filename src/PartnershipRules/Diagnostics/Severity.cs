namespace PartnershipRules.Diagnostics;

/// <summary>
/// How strongly something is reported: a finding about a partnership, or a diagnostic about an input. Ordered from
/// least to most severe, so a threshold is a comparison. <see cref="None"/> exists only where configuration switches a
/// rule's reports off: no finding or diagnostic ever has it.
/// </summary>
/// <remarks>
/// Roslyn keeps a diagnostic's severity and its configured value apart; here one type serves both, because the
/// spellings in rule files, configuration files and reports are the same words (<c>none</c>, <c>silent</c>,
/// <c>suggestion</c>, <c>warning</c>, <c>error</c>). A diagnostic at <see cref="Suggestion"/> prints as <c>info</c>,
/// the word compilers use, so that problem matchers in editors and CI pick it up.
/// </remarks>
public enum Severity
{
    /// <summary>Configuration only: the rule's results are not reported. Rules built on it (composites) still see its outcome.</summary>
    None = 0,

    /// <summary>Computed and kept in the results (JSON, SARIF), but not shown in text or Markdown.</summary>
    Silent = 1,

    /// <summary>A suggestion worth considering; for a diagnostic, a note.</summary>
    Suggestion = 2,

    /// <summary>A warning: the research points to a problem; for a diagnostic, the input was used but is probably wrong.</summary>
    Warning = 3,

    /// <summary>An error: the research says this circumstance is serious; for a diagnostic, the input could not be used.</summary>
    Error = 4,
}
