using System.Linq.Expressions;

namespace PartnershipRules.Engine;

/// <summary>Finds whether an expression tree reads a given parameter.</summary>
internal sealed class ParameterUse : ExpressionVisitor
{
    private readonly ParameterExpression _parameter;
    private bool _found;

    private ParameterUse(ParameterExpression parameter) => _parameter = parameter;

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
}
