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
    /// <summary>Details already known, for results built whole (tests, rule tests, copies).</summary>
    public static ResultDetails Known(FactLocation location, IReadOnlyList<EvidenceItem> evidence, IReadOnlyList<MissingFact> missingFacts) =>
        new KnownDetails(location, evidence, missingFacts);

    public abstract FactLocation Location { get; }

    public abstract IReadOnlyList<EvidenceItem> Evidence { get; }

    public abstract IReadOnlyList<MissingFact> MissingFacts { get; }

    private sealed class KnownDetails : ResultDetails
    {
        public KnownDetails(FactLocation location, IReadOnlyList<EvidenceItem> evidence, IReadOnlyList<MissingFact> missingFacts)
        {
            Location = location;
            Evidence = evidence;
            MissingFacts = missingFacts;
        }

        public override FactLocation Location { get; }

        public override IReadOnlyList<EvidenceItem> Evidence { get; }

        public override IReadOnlyList<MissingFact> MissingFacts { get; }
    }
}
