using System;

namespace PartnershipRules.Documents;

/// <summary>
/// Bounds applied to every YAML or JSON file before anything is built from it, so that a hostile or broken file is
/// refused in bounded time and memory. Each bound is checked as the file is read (the size before it is parsed, the
/// others during one non-recursive pass over the parser's events), and each violation is a diagnostic with file, line
/// and column (PR0002, PR0008, PR0009, PR0010, PR0015, PR0016).
/// </summary>
/// <remarks>
/// The defaults suit hand-written files with room to spare: the whole default catalogue's largest file is under
/// 100 KB, and a large case under 20 KB. A host that needs more (or less) passes its own limits to
/// <see cref="Cases.CaseFile"/>, <see cref="Configuration.ConfigurationFile"/> or
/// <see cref="RuleLanguage.RuleCatalogueOptions.DocumentLimits"/>. Values below 1 are treated as 1.
/// </remarks>
public sealed class DocumentLimits
{
    /// <summary>Default for <see cref="MaxScalarLength"/>: 65,536 characters.</summary>
    public const int DefaultMaxScalarLength = 64 * 1024;

    /// <summary>Default for <see cref="MaxDepth"/>: 32 levels.</summary>
    public const int DefaultMaxDepth = 32;

    /// <summary>Default for <see cref="MaxNodes"/>: 50,000 values (the largest file of the catalogue has about 2,600).</summary>
    public const int DefaultMaxNodes = 50_000;

    /// <summary>Default for <see cref="MaxListItems"/>: 10,000 items.</summary>
    public const int DefaultMaxListItems = 10_000;

    /// <summary>Default for <see cref="MaxDiagnostics"/>: 1,000 diagnostics.</summary>
    public const int DefaultMaxDiagnostics = 1_000;

    /// <summary>Limits for rule files, bibliographies, criteria and rule tests: files up to 1 MiB (1,048,576 bytes) and the defaults otherwise.</summary>
    public static DocumentLimits RuleFiles { get; } = new() { MaxFileBytes = 1024 * 1024 };

    /// <summary>
    /// Limits for case files: files up to 256 KiB (262,144 bytes), at most 20,000 values (the largest example has about
    /// 1,200) and 1,000 items in a list (partners, funding streams, forums...): evaluation time grows with the number
    /// of items, and a real partnership has far fewer.
    /// </summary>
    public static DocumentLimits CaseFiles { get; } = new() { MaxFileBytes = 256 * 1024, MaxNodes = 20_000, MaxListItems = 1_000 };

    /// <summary>Limits for configuration files (<c>partnershiprules.yaml</c>): files up to 256 KiB and at most 20,000 values.</summary>
    public static DocumentLimits ConfigurationFiles { get; } = new() { MaxFileBytes = 256 * 1024, MaxNodes = 20_000 };

    /// <summary>Largest file accepted, in bytes (default 1 MiB; see the named limits for each kind of file).</summary>
    public long MaxFileBytes { get; init; } = 1024 * 1024;

    /// <summary>Longest single value (a key or a scalar), in characters (default <see cref="DefaultMaxScalarLength"/>).</summary>
    public int MaxScalarLength { get; init; } = DefaultMaxScalarLength;

    /// <summary>Deepest nesting of lists and mappings (default <see cref="DefaultMaxDepth"/>).</summary>
    public int MaxDepth { get; init; } = DefaultMaxDepth;

    /// <summary>Most values (scalars, lists and mappings) in one file (default <see cref="DefaultMaxNodes"/>).</summary>
    public int MaxNodes { get; init; } = DefaultMaxNodes;

    /// <summary>Most items in one list (default <see cref="DefaultMaxListItems"/>; 1,000 for case files).</summary>
    public int MaxListItems { get; init; } = DefaultMaxListItems;

    /// <summary>
    /// Most diagnostics one load reports (default <see cref="DefaultMaxDiagnostics"/>): past it, reading stops with
    /// PR0015, so a file of many small mistakes costs no more than one of a few.
    /// </summary>
    public int MaxDiagnostics { get; init; } = DefaultMaxDiagnostics;

    /// <summary>The file size limit as the reader applies it: at least 1 byte, at most what one array can hold.</summary>
    internal int EffectiveMaxFileBytes => (int)Math.Max(1, Math.Min(MaxFileBytes, 0x7FFFFFC7L));

    internal int EffectiveMaxScalarLength => Math.Max(1, MaxScalarLength);

    internal int EffectiveMaxDepth => Math.Max(1, MaxDepth);

    internal int EffectiveMaxNodes => Math.Max(1, MaxNodes);

    internal int EffectiveMaxListItems => Math.Max(1, MaxListItems);

    internal int EffectiveMaxDiagnostics => Math.Max(1, MaxDiagnostics);
}
