using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.Model;

namespace PartnershipRules.Engine;

/// <summary>Each rule's effective severity, and the settings that could not be applied.</summary>
internal sealed class SeverityResolution
{
    internal SeverityResolution(IReadOnlyList<EffectiveSeverity> severities, IReadOnlyList<Diagnostic> diagnostics)
    {
        Severities = severities;
        Diagnostics = diagnostics;
    }

    /// <summary>One entry per rule, in catalogue order.</summary>
    public IReadOnlyList<EffectiveSeverity> Severities { get; }

    /// <summary>Settings that name no rule (errors: a typo must not be silently ignored).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether any setting could not be applied.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
