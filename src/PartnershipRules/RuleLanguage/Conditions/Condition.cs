using System.Collections.Generic;
using PartnershipRules.Diagnostics;
using PartnershipRules.Facts;
using PartnershipRules.Facts.Schema;

namespace PartnershipRules.RuleLanguage.Conditions;

/// <summary>A checked condition of the closed condition language. Conditions are data; compilation gives them meaning.</summary>
internal abstract class Condition
{
    protected Condition(SourceLocation location) => Location = location;

    public SourceLocation Location { get; }
}

internal enum LogicalOperator
{
    All,
    Any,
}

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

internal enum Quantifier
{
    Some,
    Every,
    None,
}

internal sealed class LogicalCondition : Condition
{
    public LogicalCondition(SourceLocation location, LogicalOperator op, IReadOnlyList<Condition> operands)
        : base(location)
    {
        Operator = op;
        Operands = operands;
    }

    public LogicalOperator Operator { get; }

    public IReadOnlyList<Condition> Operands { get; }
}

internal sealed class NotCondition : Condition
{
    public NotCondition(SourceLocation location, Condition operand)
        : base(location) => Operand = operand;

    public Condition Operand { get; }
}

/// <summary>A comparison of one fact with constant values.</summary>
internal sealed class ComparisonCondition : Condition
{
    public ComparisonCondition(SourceLocation location, FactAccess fact, ComparisonOperator op, IReadOnlyList<object> values, FactAccess? reference = null)
        : base(location)
    {
        Fact = fact;
        Operator = op;
        Values = values;
        Reference = reference;
    }

    public FactAccess Fact { get; }

    /// <summary>For <see cref="ComparisonOperator.OlderThanMonths"/>: the date measured from (the assessment date).</summary>
    public FactAccess? Reference { get; }

    public ComparisonOperator Operator { get; }

    /// <summary>Operands, already parsed to the fact's CLR type.</summary>
    public IReadOnlyList<object> Values { get; }
}

/// <summary><c>some</c>/<c>every</c>/<c>none</c> over a list of records.</summary>
internal sealed class QuantifiedCondition : Condition
{
    public QuantifiedCondition(SourceLocation location, Quantifier quantifier, FactAccess collection, Condition? where)
        : base(location)
    {
        Quantifier = quantifier;
        Collection = collection;
        Where = where;
    }

    public Quantifier Quantifier { get; }

    public FactAccess Collection { get; }

    public RecordSchema Item => Collection.Field.Record!;

    public Condition? Where { get; }
}

/// <summary>Counting a list's items (optionally those that satisfy a condition) and comparing the count.</summary>
internal sealed class CountCondition : Condition
{
    public CountCondition(SourceLocation location, FactAccess collection, Condition? where, ComparisonOperator op, double bound)
        : base(location)
    {
        Collection = collection;
        Where = where;
        Operator = op;
        Bound = bound;
    }

    public FactAccess Collection { get; }

    public RecordSchema Item => Collection.Field.Record!;

    public Condition? Where { get; }

    public ComparisonOperator Operator { get; }

    public double Bound { get; }
}

/// <summary>Counting the distinct known values of one field across a list's items.</summary>
internal sealed class DistinctCondition : Condition
{
    public DistinctCondition(SourceLocation location, FactAccess collection, FactAccess of, ComparisonOperator op, double bound)
        : base(location)
    {
        Collection = collection;
        Of = of;
        Operator = op;
        Bound = bound;
    }

    public FactAccess Collection { get; }

    public FactAccess Of { get; }

    public ComparisonOperator Operator { get; }

    public double Bound { get; }
}

/// <summary>The share of a numeric field's total held by the items that satisfy a condition, compared with a fraction.</summary>
internal sealed class ShareCondition : Condition
{
    public ShareCondition(SourceLocation location, FactAccess collection, FactAccess of, Condition where, ComparisonOperator op, double bound)
        : base(location)
    {
        Collection = collection;
        Of = of;
        Where = where;
        Operator = op;
        Bound = bound;
    }

    public FactAccess Collection { get; }

    public RecordSchema Item => Collection.Field.Record!;

    public FactAccess Of { get; }

    public Condition Where { get; }

    public ComparisonOperator Operator { get; }

    public double Bound { get; }
}

/// <summary>Whether another rule fired: true when it fired, unknown when it lacked information, false otherwise.</summary>
internal sealed class FindingCondition : Condition
{
    public FindingCondition(SourceLocation location, string ruleId)
        : base(location) => RuleId = ruleId;

    public string RuleId { get; }
}

/// <summary>How many of a set of rules fired, compared with a bound.</summary>
internal sealed class FindingCountCondition : Condition
{
    public FindingCountCondition(SourceLocation location, string filterText, IReadOnlyList<string> ruleIds, ComparisonOperator op, double bound)
        : base(location)
    {
        FilterText = filterText;
        RuleIds = ruleIds;
        Operator = op;
        Bound = bound;
    }

    /// <summary>The filter as written, for explanations.</summary>
    public string FilterText { get; }

    public IReadOnlyList<string> RuleIds { get; }

    public ComparisonOperator Operator { get; }

    public double Bound { get; }
}
