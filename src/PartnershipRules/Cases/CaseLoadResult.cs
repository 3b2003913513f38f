using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.Model;

namespace PartnershipRules.Cases;

/// <summary>What reading a case file gave: the case, or the reasons there is none.</summary>
public sealed class CaseLoadResult
{
    internal CaseLoadResult(PartnershipCase? @case, IReadOnlyList<Diagnostic> diagnostics)
    {
        Case = @case;
        Diagnostics = diagnostics;
    }

    /// <summary>The case, when the file had no errors.</summary>
    public PartnershipCase? Case { get; }

    /// <summary>Everything found wrong, with file, line and column.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether the file had errors (then <see cref="Case"/> is <see langword="null"/>).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
