namespace PartnershipRules.Facts;

/// <summary>Status of the financial and management arrangements.</summary>
public enum FinancialArrangementsStatus
{
    /// <summary>Documented and understood by all partners.</summary>
    DocumentedAndUnderstoodByAll,

    /// <summary>Documented but not understood by all partners.</summary>
    DocumentedNotUnderstoodByAll,

    /// <summary>Not documented.</summary>
    NotDocumented,
}
