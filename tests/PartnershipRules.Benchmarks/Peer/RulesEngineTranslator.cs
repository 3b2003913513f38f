using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PartnershipRules.Facts;
using PartnershipRules.Facts.Schema;
using PartnershipRules.RuleLanguage;
using PartnershipRules.RuleLanguage.Conditions;

namespace PartnershipRules.Benchmarks.Peer;

/// <summary>
/// Benchmark-only: translates a rule's checked condition tree into the lambda-expression text Microsoft RulesEngine
/// evaluates (System.Linq.Dynamic.Core), over the partnership object itself as the rule parameter <c>p</c>. Never used
/// by the library and never fed with rule-file text: the expressions are built here from the bound condition model.
/// </summary>
/// <remarks>
/// Three-valued logic is kept with two Boolean "rails" per condition: <c>T</c>, the condition is known true, and
/// <c>F</c>, it is known false (neither: unknown). <c>all</c> is T = T1 &amp;&amp; T2, F = F1 || F2; <c>not</c> swaps
/// the rails; a comparison is known only when its fact is; a quantifier or a count over a list is unknown when the
/// list is not recorded, and a count is an interval [items known to match, items that might]. A rule fires exactly
/// when T(appliesWhen) and T(condition) hold, which is the only thing the peer reports. Constructs the translation
/// does not express faithfully are refused with a reason: findings of other rules (RulesEngine has no forward
/// chaining), <c>distinct</c> and <c>share</c>.
/// </remarks>
public static class RulesEngineTranslator
{
    /// <summary>The name of the rule parameter holding the partnership.</summary>
    public const string Parameter = "p";

    /// <summary>Translates one rule to the expression that is true exactly when the rule fires, or gives the reason it cannot.</summary>
    /// <param name="definition">The rule.</param>
    /// <returns>The expression, or null and the reason.</returns>
    internal static (string? Expression, string? Reason) Translate(RuleDefinition definition)
    {
        try
        {
            var context = new Context();
            var condition = context.Rails(definition.Condition, Parameter);
            if (definition.AppliesWhen is null)
            {
                return (condition.True, null);
            }

            var applies = context.Rails(definition.AppliesWhen, Parameter);
            return ("(" + applies.True + ") && (" + condition.True + ")", null);
        }
        catch (NotExpressibleException ex)
        {
            return (null, ex.Message);
        }
    }

    private readonly record struct Rails(string True, string False);

    private sealed class NotExpressibleException : Exception
    {
        public NotExpressibleException(string message)
            : base(message)
        {
        }
    }

    private sealed class Context
    {
        private int _variables;

        public Rails Rails(Condition condition, string scope) => condition switch
        {
            LogicalCondition logical => Logical(logical, scope),
            NotCondition not => Swap(Rails(not.Operand, scope)),
            ComparisonCondition comparison => Comparison(comparison, scope),
            QuantifiedCondition quantified => Quantified(quantified, scope),
            CountCondition count => Count(count, scope),
            FindingCondition or FindingCountCondition or BalanceCondition => throw new NotExpressibleException("reads other rules' findings (no forward chaining)"),
            DistinctCondition => throw new NotExpressibleException("distinct"),
            ShareCondition => throw new NotExpressibleException("share"),
            _ => throw new NotExpressibleException(condition.GetType().Name),
        };

        private static Rails Swap(Rails rails) => new(rails.False, rails.True);

        private Rails Logical(LogicalCondition logical, string scope)
        {
            var operands = logical.Operands.Select(o => Rails(o, scope)).ToList();
            var trues = string.Join(logical.Operator == LogicalOperator.All ? " && " : " || ", operands.Select(o => "(" + o.True + ")"));
            var falses = string.Join(logical.Operator == LogicalOperator.All ? " || " : " && ", operands.Select(o => "(" + o.False + ")"));
            return new Rails(trues, falses);
        }

        private static (string Known, string Value) Leaf(FactAccess access, string scope)
        {
            var path = Path(access, scope);
            var field = access.Field;
            if (field.Shape == FieldShape.Observation)
            {
                return ("(" + path + " != null && " + path + ".Value.IsKnown)", path + ".Value.Value");
            }

            return field.IsIdentifier ? ("(" + path + " != null)", path) : (path + ".IsKnown", path + ".Value");
        }

        private static string Path(FactAccess access, string scope)
        {
            var text = new StringBuilder(scope);
            foreach (var step in access.Steps)
            {
                text.Append('.').Append(step.Property.Name);
            }

            return text.ToString();
        }

        private static Rails Known(string known, string test) => new("(" + known + " && (" + test + "))", "(" + known + " && !(" + test + "))");

        private string Variable() => "x" + (++_variables).ToString(CultureInfo.InvariantCulture);

        private string Current() => "x" + _variables.ToString(CultureInfo.InvariantCulture);

        private Rails Comparison(ComparisonCondition comparison, string scope)
        {
            if (comparison.Fact.Reference is not null)
            {
                throw new NotExpressibleException("follows a reference to another record (no join in its expressions)");
            }

            var field = comparison.Fact.Field;
            var type = field.ScalarType!;
            if (field.Shape == FieldShape.ValueList)
            {
                var list = Path(comparison.Fact, scope);
                return comparison.Operator switch
                {
                    ComparisonOperator.IsKnown => new Rails(list + " != null", list + " == null"),
                    ComparisonOperator.IsUnknown => new Rails(list + " == null", list + " != null"),
                    ComparisonOperator.Contains when type.Kind == ValueKind.Enumeration => Known(list + " != null", list + ".Any(" + Variable() + " => Int32(" + Current() + ") == " + Literal(comparison.Values[0], type) + ")"),
                    ComparisonOperator.Contains => Known(list + " != null", list + ".Contains(" + Literal(comparison.Values[0], type) + ")"),
                    _ => throw new NotExpressibleException("operator " + comparison.Operator + " on a list"),
                };
            }

            var (known, value) = Leaf(comparison.Fact, scope);
            switch (comparison.Operator)
            {
                case ComparisonOperator.IsKnown:
                    return new Rails(known, "!" + known);
                case ComparisonOperator.IsUnknown:
                    return new Rails("!" + known, known);
                case ComparisonOperator.Equals:
                    return Known(known, Compared(value, type) + " == " + Literal(comparison.Values[0], type));
                case ComparisonOperator.NotEquals:
                    return Known(known, Compared(value, type) + " != " + Literal(comparison.Values[0], type));
                case ComparisonOperator.OneOf or ComparisonOperator.NoneOf:
                    var any = string.Join(" || ", comparison.Values.Select(v => Compared(value, type) + " == " + Literal(v, type)));
                    var rails = Known(known, any);
                    return comparison.Operator == ComparisonOperator.OneOf ? rails : Swap(rails);
                case ComparisonOperator.OlderThanMonths:
                    var (referenceKnown, reference) = Leaf(comparison.Reference!, scope);
                    var months = ((int)comparison.Values[0]).ToString(CultureInfo.InvariantCulture);
                    return Known(known + " && " + referenceKnown, value + " < " + reference + ".AddMonths(-" + months + ")");
                case ComparisonOperator.LessThan or ComparisonOperator.GreaterThan or ComparisonOperator.AtLeast or ComparisonOperator.AtMost:
                    return Known(known, Compared(value, type) + " " + Symbol(comparison.Operator) + " " + Literal(comparison.Values[0], type));
                default:
                    throw new NotExpressibleException("operator " + comparison.Operator);
            }
        }

        /// <summary>Enumerations are compared by their underlying number, which is how the library orders them too.</summary>
        private static string Compared(string value, ScalarType type) => type.Kind == ValueKind.Enumeration ? "Int32(" + value + ")" : value;

        private static string Literal(object value, ScalarType type) => value switch
        {
            bool b => b ? "true" : "false",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            DateTime date => "DateTime(" + date.Year.ToString(CultureInfo.InvariantCulture) + ", " + date.Month.ToString(CultureInfo.InvariantCulture) + ", " + date.Day.ToString(CultureInfo.InvariantCulture) + ")",
            Enum e => Convert.ToInt32(e, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
            string s when type.Kind == ValueKind.Text => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
            _ => throw new NotExpressibleException("a constant of type " + value.GetType().Name),
        };

        private static string Symbol(ComparisonOperator op) => op switch
        {
            ComparisonOperator.Equals => "==",
            ComparisonOperator.NotEquals => "!=",
            ComparisonOperator.LessThan => "<",
            ComparisonOperator.GreaterThan => ">",
            ComparisonOperator.AtLeast => ">=",
            _ => "<=",
        };

        private Rails Quantified(QuantifiedCondition quantified, string scope)
        {
            var list = Path(quantified.Collection, scope);
            var item = Variable();
            Rails some;
            if (quantified.Where is null)
            {
                if (quantified.Quantifier == Quantifier.Every)
                {
                    throw new NotExpressibleException("every without a condition");
                }

                some = new Rails(list + " != null && " + list + ".Any()", list + " != null && !" + list + ".Any()");
            }
            else
            {
                var where = Rails(quantified.Where, item);
                var anyTrue = list + ".Any(" + item + " => " + where.True + ")";
                var allFalse = list + ".All(" + item + " => " + where.False + ")";
                if (quantified.Quantifier == Quantifier.Every)
                {
                    var allTrue = list + ".All(" + item + " => " + where.True + ")";
                    var anyFalse = list + ".Any(" + item + " => " + where.False + ")";
                    return new Rails("(" + list + " != null && " + allTrue + ")", "(" + list + " != null && " + anyFalse + ")");
                }

                some = new Rails("(" + list + " != null && " + anyTrue + ")", "(" + list + " != null && " + allFalse + ")");
            }

            return quantified.Quantifier == Quantifier.None ? Swap(some) : some;
        }

        private Rails Count(CountCondition count, string scope)
        {
            var list = Path(count.Collection, scope);
            string low, high;
            if (count.Where is null)
            {
                low = high = list + ".Count()";
            }
            else
            {
                var item = Variable();
                var where = Rails(count.Where, item);
                low = list + ".Count(" + item + " => " + where.True + ")";
                high = list + ".Count(" + item + " => !(" + where.False + "))";
            }

            var bound = count.Bound.ToString("R", CultureInfo.InvariantCulture);
            string holdsTrue, holdsFalse;
            switch (count.Operator)
            {
                case ComparisonOperator.Equals:
                    holdsTrue = low + " == " + bound + " && " + high + " == " + bound;
                    holdsFalse = "(" + bound + " < " + low + " || " + bound + " > " + high + ")";
                    break;
                case ComparisonOperator.NotEquals:
                    holdsTrue = "(" + bound + " < " + low + " || " + bound + " > " + high + ")";
                    holdsFalse = low + " == " + bound + " && " + high + " == " + bound;
                    break;
                default:
                    // Monotone in the count: decided when both ends of the interval agree.
                    var symbol = Symbol(count.Operator);
                    holdsTrue = low + " " + symbol + " " + bound + " && " + high + " " + symbol + " " + bound;
                    holdsFalse = "!(" + low + " " + symbol + " " + bound + ") && !(" + high + " " + symbol + " " + bound + ")";
                    break;
            }

            return new Rails("(" + list + " != null && " + holdsTrue + ")", "(" + list + " != null && " + holdsFalse + ")");
        }
    }
}
