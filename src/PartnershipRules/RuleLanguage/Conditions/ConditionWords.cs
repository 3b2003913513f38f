using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PartnershipRules.Facts.Schema;

namespace PartnershipRules.RuleLanguage.Conditions;

/// <summary>How comparisons and bounds read in plain words, shared by the rule pages and the explanations.</summary>
internal static class ConditionWords
{
    /// <summary>"is one of a, b", with each value formatted by <paramref name="value"/> (e.g. in backticks).</summary>
    public static string Comparison(ComparisonOperator op, IEnumerable<object> values, Func<string, string> value)
    {
        var list = string.Join(", ", values.Select(v => value(ScalarType.Format(v))));
        return op switch
        {
            ComparisonOperator.Equals => "is " + list,
            ComparisonOperator.NotEquals => "is not " + list,
            ComparisonOperator.OneOf => "is one of " + list,
            ComparisonOperator.NoneOf => "is none of " + list,
            ComparisonOperator.LessThan => "is less than " + list,
            ComparisonOperator.GreaterThan => "is greater than " + list,
            ComparisonOperator.AtLeast => "is at least " + list,
            ComparisonOperator.AtMost => "is at most " + list,
            ComparisonOperator.Contains => "contains " + list,
            ComparisonOperator.IsKnown => "is known",
            _ => "is recorded as unknown",
        };
    }

    /// <summary>A number as rule files write it.</summary>
    public static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"is at least 4" for a count, distinct count, share or findings bound.</summary>
    public static string Bound(ComparisonOperator op, double bound)
    {
        var number = bound.ToString(CultureInfo.InvariantCulture);
        return op switch
        {
            ComparisonOperator.Equals => "is " + number,
            ComparisonOperator.NotEquals => "is not " + number,
            ComparisonOperator.LessThan => "is less than " + number,
            ComparisonOperator.GreaterThan => "is more than " + number,
            ComparisonOperator.AtLeast => "is at least " + number,
            _ => "is at most " + number,
        };
    }
}
