using System.Collections.Generic;
using PartnershipRules.Diagnostics;
using PartnershipRules.Facts;
using PartnershipRules.Model;

namespace PartnershipRules.Engine;

/// <summary>
/// The one fact every rule matches: the partnership under evaluation, and the place this evaluation's outcomes are
/// collected. One per session, never shared between threads.
/// </summary>
internal sealed class EvaluationSubject
{
    public EvaluationSubject(Partnership partnership, CaseSourceMap? sourceMap)
    {
        Partnership = partnership;
        SourceMap = sourceMap;
    }

    public Partnership Partnership { get; }

    public CaseSourceMap? SourceMap { get; }

    public Dictionary<string, RuleOutcome> Outcomes { get; } = new(System.StringComparer.Ordinal);

    public List<Diagnostic> Diagnostics { get; } = new();
}
