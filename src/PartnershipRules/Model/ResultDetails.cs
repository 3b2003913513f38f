using System.Collections.Generic;

namespace PartnershipRules.Model;

/// <summary>
/// What a result shows beyond its outcome and message: where the finding points, its evidence and, for an undecided
/// rule, the missing facts. The engine works them out from a trace of the rule's condition the first time a caller
/// reads them, so an evaluation whose caller wants only the advice does not pay for them. Either way the values are
/// the same and never change once read.
/// </summary>
internal abstract class ResultDetails
{
    /// <summary>No location, evidence or missing facts: a rule that did not fire or does not apply.</summary>
    public static ResultDetails None { get; } = new NoDetails();

    public abstract FactLocation Location { get; }

    public abstract IReadOnlyList<EvidenceItem> Evidence { get; }

    public abstract IReadOnlyList<MissingFact> MissingFacts { get; }

    private sealed class NoDetails : ResultDetails
    {
        public override FactLocation Location { get; } = new(string.Empty, null);

        public override IReadOnlyList<EvidenceItem> Evidence => System.Array.Empty<EvidenceItem>();

        public override IReadOnlyList<MissingFact> MissingFacts => System.Array.Empty<MissingFact>();
    }
}
