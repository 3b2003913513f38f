using System;
using System.Collections.Generic;
using PartnershipRules.Facts;

namespace PartnershipRules.Model;

/// <summary>A partnership to evaluate, with where its facts came from when it was read from a file.</summary>
public sealed class PartnershipCase
{
    /// <summary>Creates a case.</summary>
    /// <param name="partnership">The partnership.</param>
    /// <param name="sourceMap">Where its facts were written, if it came from a file.</param>
    public PartnershipCase(Partnership partnership, CaseSourceMap? sourceMap = null)
        : this(partnership, sourceMap, Array.Empty<Suppression>())
    {
    }

    /// <summary>Creates a case with suppressions declared for it.</summary>
    /// <param name="partnership">The partnership.</param>
    /// <param name="sourceMap">Where its facts were written, if it came from a file.</param>
    /// <param name="suppressions">Findings the case worker has judged not to apply, each with a justification.</param>
    public PartnershipCase(Partnership partnership, CaseSourceMap? sourceMap, IReadOnlyList<Suppression> suppressions)
    {
        Partnership = partnership ?? throw new ArgumentNullException(nameof(partnership));
        SourceMap = sourceMap;
        Suppressions = suppressions ?? throw new ArgumentNullException(nameof(suppressions));
    }

    /// <summary>The suppressions declared for this case (a case file's <c>suppressions:</c>).</summary>
    public IReadOnlyList<Suppression> Suppressions { get; }

    /// <summary>The partnership.</summary>
    public Partnership Partnership { get; }

    /// <summary>Where its facts were written, if it came from a file.</summary>
    public CaseSourceMap? SourceMap { get; }
}
