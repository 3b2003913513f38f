using System.Collections.Generic;
using System.Linq.Expressions;

namespace PartnershipRules.Engine;

/// <summary>Finds whether an expression tree reads a given parameter.</summary>
internal sealed class ParameterUse : ExpressionVisitor
{
    private readonly ParameterExpression _parameter;
    private bool _found;

    private ParameterUse(ParameterExpression parameter) => _parameter = parameter;

    /// <summary>Whether the tree reads any parameter that the given expressions read (the free ones they close over).</summary>
    public static bool ReadsAny(Expression expression, params Expression[] sources)
    {
        foreach (var source in sources)
        {
            foreach (var parameter in Parameters.Of(source))
            {
                if (Reads(expression, parameter))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static bool Reads(Expression expression, ParameterExpression parameter)
    {
        var visitor = new ParameterUse(parameter);
        visitor.Visit(expression);
        return visitor._found;
    }

    public override Expression? Visit(Expression? node) => _found ? node : base.Visit(node);

    protected override Expression VisitParameter(ParameterExpression node)
    {
        _found |= node == _parameter;
        return node;
    }

    private sealed class Parameters : ExpressionVisitor
    {
        private readonly List<ParameterExpression> _found = new();

        public static List<ParameterExpression> Of(Expression expression)
        {
            var visitor = new Parameters();
            visitor.Visit(expression);
            return visitor._found;
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _found.Add(node);
            return node;
        }
    }
}
