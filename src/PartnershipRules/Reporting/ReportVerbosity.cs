namespace PartnershipRules.Reporting;

/// <summary>How much a report says, with the .NET CLI's names for the levels.</summary>
public enum ReportVerbosity
{
    /// <summary>The verdict and a one-line summary per case.</summary>
    Quiet = 0,

    /// <summary>The verdict, the profile and what to do first.</summary>
    Minimal = 1,

    /// <summary>The default: the verdict, the profile, what to do first, the next questions, then every issue in one line; citations compact.</summary>
    Normal = 2,

    /// <summary>Also every finding of every issue with its advice, evidence and full citations, and every rule that lacked information with the facts it needs.</summary>
    Detailed = 3,

    /// <summary>Also the rules that did not fire and did not apply.</summary>
    Diagnostic = 4,
}
