using System;
using System.Collections.Generic;
using System.IO;

namespace PartnershipRules.Reporting;

/// <summary>What every text-based report writer does first: check its arguments, then write each case in turn.</summary>
internal static class CaseReports
{
    public static void Each(TextWriter writer, IEnumerable<CaseReport> reports, Action<TextWriter, CaseReport> writeCase)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (reports is null)
        {
            throw new ArgumentNullException(nameof(reports));
        }

        foreach (var report in reports)
        {
            writeCase(writer, report);
        }
    }
}
