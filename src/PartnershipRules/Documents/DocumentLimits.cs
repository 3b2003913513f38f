namespace PartnershipRules.Documents;

/// <summary>
/// Bounds applied to every YAML or JSON file before anything is built from it, so that a hostile or broken file is
/// refused in bounded time and memory.
/// </summary>
public sealed class DocumentLimits
{
    /// <summary>Limits for rule files and bibliographies.</summary>
    public static DocumentLimits RuleFiles { get; } = new() { MaxFileBytes = 1024 * 1024 };

    /// <summary>Limits for case files.</summary>
    public static DocumentLimits CaseFiles { get; } = new() { MaxFileBytes = 256 * 1024 };

    /// <summary>Largest file accepted, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 1024 * 1024;

    /// <summary>Longest single value, in characters.</summary>
    public int MaxScalarLength { get; init; } = 64 * 1024;

    /// <summary>Deepest nesting of lists and mappings.</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>Most values (scalars, lists and mappings) in one file.</summary>
    public int MaxNodes { get; init; } = 200_000;
}
