using System;
using System.Reflection;
using PartnershipRules.Engine;

namespace PartnershipRules.Reporting;

/// <summary>
/// What a report needs to be reproduced: the library version, the hash of the rule set that produced it (rules,
/// parameters, severities) and the evaluation date the host passed in. The library never reads the clock itself.
/// </summary>
public sealed class ReportStamp
{
    /// <summary>Creates a stamp.</summary>
    /// <param name="toolVersion">The library version.</param>
    /// <param name="ruleSetHash">The analyzer's <see cref="PartnershipAnalyzer.RuleSetHash"/>.</param>
    /// <param name="evaluationDate">The date of the evaluation, as the host states it; null when not given.</param>
    public ReportStamp(string toolVersion, string ruleSetHash, DateTime? evaluationDate)
    {
        ToolVersion = toolVersion ?? throw new ArgumentNullException(nameof(toolVersion));
        RuleSetHash = ruleSetHash ?? throw new ArgumentNullException(nameof(ruleSetHash));
        EvaluationDate = evaluationDate?.Date;
    }

    /// <summary>The library version (without build metadata).</summary>
    public string ToolVersion { get; }

    /// <summary>The hash of the rule set.</summary>
    public string RuleSetHash { get; }

    /// <summary>The evaluation date, if the host gave one.</summary>
    public DateTime? EvaluationDate { get; }

    /// <summary>The stamp of an analyzer's reports.</summary>
    /// <param name="analyzer">The analyzer that produced the results.</param>
    /// <param name="evaluationDate">The date the host evaluates on.</param>
    /// <returns>The stamp.</returns>
    public static ReportStamp For(PartnershipAnalyzer analyzer, DateTime? evaluationDate)
    {
        if (analyzer is null)
        {
            throw new ArgumentNullException(nameof(analyzer));
        }

        return new ReportStamp(LibraryVersion, analyzer.RuleSetHash, evaluationDate);
    }

    internal static string LibraryVersion =>
        (typeof(ReportStamp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
