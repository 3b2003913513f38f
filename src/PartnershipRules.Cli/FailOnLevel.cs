using PartnershipRules.Diagnostics;

namespace PartnershipRules.Cli;

/// <summary>The least severity that makes <c>check</c> exit with 1 (<c>--fail-on</c>).</summary>
internal enum FailOnLevel
{
    Error,
    Warning,
    Suggestion,
    Never,
}

/// <summary>What each <c>--fail-on</c> level means as a threshold.</summary>
internal static class FailOnLevels
{
    /// <summary>The threshold, or null for <see cref="FailOnLevel.Never"/>.</summary>
    public static Severity? Threshold(this FailOnLevel level) => level switch
    {
        FailOnLevel.Warning => Severity.Warning,
        FailOnLevel.Suggestion => Severity.Suggestion,
        FailOnLevel.Never => null,
        _ => Severity.Error,
    };
}
