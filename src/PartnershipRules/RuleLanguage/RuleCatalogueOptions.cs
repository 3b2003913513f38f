using System;
using System.Collections.Generic;
using PartnershipRules.Documents;
using PartnershipRules.RuleLanguage.CodeRules;

namespace PartnershipRules.RuleLanguage;

/// <summary>How a catalogue is loaded. Immutable; the defaults give the catalogue exactly as its files say.</summary>
public sealed class RuleCatalogueOptions
{
    /// <summary>The defaults.</summary>
    public static RuleCatalogueOptions Default { get; } = new();

    /// <summary>
    /// Values for rule parameters, keyed <c>RULEID.name</c> (e.g. <c>PR4007.minimumBarriers</c>), replacing the
    /// defaults in the rule files. A key that names no parameter is an error diagnostic (PRL020), never ignored.
    /// </summary>
    public IReadOnlyDictionary<string, double> Parameters { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>
    /// Where values of <see cref="Parameters"/> were written, for those that came from a file (a configuration
    /// file's <c>parameters:</c>): a value that names no parameter, or is out of range, is reported at that place.
    /// </summary>
    public IReadOnlyDictionary<string, Diagnostics.SourceLocation> ParameterLocations { get; init; } = new Dictionary<string, Diagnostics.SourceLocation>(StringComparer.Ordinal);

    /// <summary>
    /// Rules written in C# (<see cref="CodeRule"/>) that join the catalogue after its files,
    /// checked against its bibliography and criteria, and overridable by layers like any rule.
    /// </summary>
    public IReadOnlyList<CodeRule> CodeRules { get; init; } = Array.Empty<CodeRule>();

    /// <summary>
    /// The bounds every rule, bibliography and criteria file given to the loader is read within (default
    /// <see cref="DocumentLimits.RuleFiles"/>: 1 MiB per file, 64 KiB per value, 32 levels of nesting,
    /// 50,000 values). The embedded bibliography and criteria, read when the sources bring none, always use the
    /// default.
    /// </summary>
    public DocumentLimits DocumentLimits { get; init; } = DocumentLimits.RuleFiles;

    /// <summary>Where the value for a parameter key was written, if it came from a file.</summary>
    internal Diagnostics.SourceLocation? LocationOf(string key) => ParameterLocations.TryGetValue(key, out var location) ? location : null;
}
