using System;
using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Diagnostics;

namespace PartnershipRules.Model;

/// <summary>One stable order for findings in every format: severity (most severe first), category, id, location.</summary>
internal static class FindingOrder
{
    public static IEnumerable<Finding> Findings(AnalysisResult result) => Findings(result.Findings);

    public static IEnumerable<Finding> Findings(IEnumerable<Finding> findings) =>
        findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Descriptor.Category)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Location.Path, StringComparer.Ordinal);
}
