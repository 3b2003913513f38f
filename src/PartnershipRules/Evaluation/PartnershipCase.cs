using System;
using PartnershipRules.Facts;

namespace PartnershipRules.Evaluation;

/// <summary>A partnership to evaluate, with where its facts came from when it was read from a file.</summary>
public sealed class PartnershipCase
{
    /// <summary>Creates a case.</summary>
    /// <param name="partnership">The partnership.</param>
    /// <param name="sourceMap">Where its facts were written, if it came from a file.</param>
    public PartnershipCase(Partnership partnership, CaseSourceMap? sourceMap = null)
    {
        Partnership = partnership ?? throw new ArgumentNullException(nameof(partnership));
        SourceMap = sourceMap;
    }

    /// <summary>The partnership.</summary>
    public Partnership Partnership { get; }

    /// <summary>Where its facts were written, if it came from a file.</summary>
    public CaseSourceMap? SourceMap { get; }
}
