using System;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;

namespace PartnershipRules.Reporting;

/// <summary>How a <see cref="JsonLinesBatch"/> runs.</summary>
public sealed class JsonLinesBatchOptions
{
    private int _degree = Environment.ProcessorCount;

    /// <summary>How many lines are evaluated at once (default: one per core).</summary>
    public int MaxDegreeOfParallelism
    {
        get => _degree;
        set => _degree = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one line must be evaluated at a time.");
    }

    /// <summary>A case with a finding at or above this severity (or incomplete) counts as failing; null: none does. Default: error.</summary>
    public Severity? FailOn { get; set; } = Severity.Error;

    /// <summary>The limits each line is read within, as a case file (default <see cref="DocumentLimits.CaseFiles"/>).</summary>
    public DocumentLimits CaseFileLimits { get; set; } = DocumentLimits.CaseFiles;
}
