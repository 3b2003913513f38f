using System;
using Microsoft.Extensions.Primitives;

namespace PartnershipRules.Samples.CaseManagement;

/// <summary>How much the check endpoint answers with, chosen by its <c>detail</c> query parameter.</summary>
internal enum ReportDetail
{
    /// <summary>The default: verdict, profile, priorities, the first questions, the rule-set hash and counts.</summary>
    Summary,

    /// <summary>The library's whole JSON report: every finding, every undecided rule with the facts it needs, every question.</summary>
    Full,
}

/// <summary>Reads the <c>detail</c> query parameter.</summary>
internal static class ReportDetails
{
    /// <summary>The query parameter's name.</summary>
    public const string Parameter = "detail";

    /// <summary>The values it takes, as they are spelt in the query.</summary>
    public static readonly string[] Allowed = ["summary", "full"];

    /// <summary>The detail asked for: the default when the parameter is absent, nothing when it is given otherwise than once with an allowed value.</summary>
    /// <param name="values">The parameter's values in the query.</param>
    /// <returns>The detail, or null when the parameter cannot be read.</returns>
    public static ReportDetail? From(StringValues values) => values.Count switch
    {
        0 => ReportDetail.Summary,
        1 when string.Equals(values[0], Allowed[0], StringComparison.Ordinal) => ReportDetail.Summary,
        1 when string.Equals(values[0], Allowed[1], StringComparison.Ordinal) => ReportDetail.Full,
        _ => null,
    };
}
