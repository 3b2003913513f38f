namespace PartnershipRules.Reporting;

/// <summary>The formats a <see cref="Report"/> can be written in.</summary>
public enum ReportFormat
{
    /// <summary>Compiler-style lines for a terminal or a CI log.</summary>
    Text = 0,

    /// <summary>A report for the people in the partnership.</summary>
    Markdown = 1,

    /// <summary>One JSON document (schema <c>rules/schemas/report.schema.json</c>).</summary>
    Json = 2,

    /// <summary>SARIF 2.1.0, for code-scanning tools.</summary>
    Sarif = 3,

    /// <summary>One compact JSON result per line, for batches.</summary>
    JsonLines = 4,

    /// <summary>One self-contained HTML page with the profile and Jones's scale as charts.</summary>
    Html = 5,
}
