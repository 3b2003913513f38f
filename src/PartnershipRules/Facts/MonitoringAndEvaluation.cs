using System.Collections.Generic;

namespace PartnershipRules.Facts;

/// <summary>Accountability, monitoring and evaluation in the partnership.</summary>
public sealed class MonitoringAndEvaluation
{
    /// <summary>Who sets M&amp;E criteria.</summary>
    [Question("Who sets the monitoring and evaluation criteria?")]
    public Fact<CriteriaSetter> CriteriaSetBy { get; init; }

    /// <summary>Who interprets monitoring/accountability rules in practice.</summary>
    [Question("Who interprets the monitoring and accountability rules in practice?")]
    public Fact<RulesInterpreter> RulesInterpretedBy { get; init; }

    /// <summary>Kinds of indicator used.</summary>
    [Question("What kinds of indicator are used?")]
    public IReadOnlyList<IndicatorType>? IndicatorTypes { get; init; }

    /// <summary>Whether partners share success measures.</summary>
    [Question("Do partners share a set of success measures, use partner-specific measures only, or both?")]
    public Fact<SuccessMeasures> SuccessMeasures { get; init; }

    /// <summary>What reported success rests on.</summary>
    [Question("Does reported success rest mainly on quantitative agency targets, on participants' outcomes, or on a mix?")]
    public Fact<SuccessClaimBasis> SuccessClaimBasis { get; init; }

    /// <summary>Whether the partnership reports/accounts to the communities it serves.</summary>
    [Question("Does the partnership report and account to the communities it serves?")]
    public Fact<bool> DownwardAccountability { get; init; }

    /// <summary>Whether there is accountability for strategic aims, not only functional outputs.</summary>
    [Question("Is there accountability for strategic aims, not only for functional outputs?")]
    public Fact<bool> StrategicAccountability { get; init; }
}
