namespace PartnershipRules.RuleLanguage.Conditions;

/// <summary>Kleene AND (<c>all</c>) or OR (<c>any</c>).</summary>
internal enum LogicalOperator
{
    All,
    Any,
}

/// <summary>How a fact, a count or a share is compared.</summary>
internal enum ComparisonOperator
{
    Equals,
    NotEquals,
    OneOf,
    NoneOf,
    LessThan,
    GreaterThan,
    AtLeast,
    AtMost,
    Contains,
    IsKnown,
    IsUnknown,

    /// <summary>A date more than N whole months before the case's assessment date.</summary>
    OlderThanMonths,
}

/// <summary><c>some</c>, <c>every</c> or <c>none</c> of a list's items.</summary>
internal enum Quantifier
{
    Some,
    Every,
    None,
}
