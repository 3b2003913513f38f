namespace PartnershipRules.Diagnostics;

/// <summary>How serious an authoring, input or engine diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Information only.</summary>
    Info = 0,

    /// <summary>Something is probably wrong, but the input was still used.</summary>
    Warning = 1,

    /// <summary>The input (or the part of it named) could not be used.</summary>
    Error = 2,
}
