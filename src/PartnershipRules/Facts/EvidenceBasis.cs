namespace PartnershipRules.Facts;

/// <summary>What an observation is based on.</summary>
public enum EvidenceBasis
{
    /// <summary>A document.</summary>
    Document,

    /// <summary>Minutes of a meeting.</summary>
    Minutes,

    /// <summary>An interview.</summary>
    Interview,

    /// <summary>The case worker's direct observation.</summary>
    DirectObservation,
}
