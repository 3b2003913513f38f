using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.Model;

namespace PartnershipRules.Configuration;

/// <summary>A configuration file read: the configuration, or the diagnostics that explain why there is none.</summary>
public sealed class ConfigurationLoadResult
{
    internal ConfigurationLoadResult(AnalyzerConfiguration? configuration, IReadOnlyList<Diagnostic> diagnostics)
    {
        Configuration = configuration;
        Diagnostics = diagnostics;
    }

    /// <summary>The configuration; null when the file has errors.</summary>
    public AnalyzerConfiguration? Configuration { get; }

    /// <summary>Every problem found, with file, line and column.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether the file had errors.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
