using System.Collections.Generic;
using System.Threading;
using PartnershipRules.Facts;
using PartnershipRules.Model;

namespace PartnershipRules.Engine;

/// <summary>
/// A result's location, evidence and missing facts, worked out from a full trace of its rule the first time a caller
/// reads any of them, then kept. It holds what the trace needs (the partnership, the case's source map and, for a
/// composite rule, the outcomes it read), all immutable, so it may be read from any thread: two threads racing to read
/// it first may both trace, and both get the same values.
/// </summary>
internal sealed class TracedDetails : ResultDetails
{
    private readonly CompiledRule _rule;
    private readonly Partnership _partnership;
    private readonly CaseSourceMap? _sourceMap;
    private readonly OutcomeTable? _outcomes;
    private readonly bool _fired;
    private Traced? _traced;

    public TracedDetails(CompiledRule rule, Partnership partnership, CaseSourceMap? sourceMap, OutcomeTable? outcomes, bool fired)
    {
        _rule = rule;
        _partnership = partnership;
        _sourceMap = sourceMap;
        _outcomes = outcomes;
        _fired = fired;
    }

    public override FactLocation Location => Get().Location;

    public override IReadOnlyList<EvidenceItem> Evidence => Get().Evidence;

    public override IReadOnlyList<MissingFact> MissingFacts => Get().Missing;

    private Traced Get()
    {
        var traced = Volatile.Read(ref _traced);
        if (traced is null)
        {
            var (location, evidence, missing) = _rule.TraceDetails(_partnership, _sourceMap, _outcomes, _fired);
            Interlocked.CompareExchange(ref _traced, new Traced(location, evidence, missing), null);
            traced = Volatile.Read(ref _traced)!;
        }

        return traced;
    }

    private sealed record Traced(FactLocation Location, IReadOnlyList<EvidenceItem> Evidence, IReadOnlyList<MissingFact> Missing);
}
