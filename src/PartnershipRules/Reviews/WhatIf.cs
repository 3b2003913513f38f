using System.Collections.Generic;
using PartnershipRules.Facts;
using PartnershipRules.Model;

namespace PartnershipRules.Reviews;

/// <summary>
/// A case evaluated as recorded and again with some facts otherwise (<see cref="Engine.PartnershipAnalyzer.WhatIf"/>):
/// the findings that would be resolved, arise or change, and the verdict and profile as recorded and as they would be.
/// It turns next questions into planning: "if the community partner got a vote on the board, these concerns would go".
/// </summary>
public sealed class WhatIf
{
    internal WhatIf(IReadOnlyList<FactChange> changes, AnalysisResult asRecorded, AnalysisResult wouldBe, Review review)
    {
        Changes = changes;
        AsRecorded = asRecorded;
        WouldBe = wouldBe;
        Review = review;
    }

    /// <summary>The facts set.</summary>
    public IReadOnlyList<FactChange> Changes { get; }

    /// <summary>The result of the case as recorded.</summary>
    public AnalysisResult AsRecorded { get; }

    /// <summary>The result with the facts set.</summary>
    public AnalysisResult WouldBe { get; }

    /// <summary>The result with the facts set against the case as recorded: resolved, new and changed findings, verdict and profile then and now.</summary>
    public Review Review { get; }
}
