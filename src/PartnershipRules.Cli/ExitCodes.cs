namespace PartnershipRules.Cli;

/// <summary>Exit codes, as linters use them.</summary>
internal static class ExitCodes
{
    /// <summary>Evaluated; nothing at or above the --fail-on severity.</summary>
    public const int Success = 0;

    /// <summary>Findings at or above the --fail-on severity.</summary>
    public const int Findings = 1;

    /// <summary>Invalid input: rules, case files or arguments. The diagnostics were printed.</summary>
    public const int InvalidInput = 2;

    /// <summary>An internal error: a bug in the tool, reported without a stack trace.</summary>
    public const int InternalError = 3;
}
