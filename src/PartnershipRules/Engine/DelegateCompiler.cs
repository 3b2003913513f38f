using System;
using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace PartnershipRules.Engine;

/// <summary>
/// Turns expression trees into delegates, for the rule network (through NRules' compiler hook) and for the condition
/// tracer alike, so both run the same compiled code. FastExpressionCompiler is the default because it compiles a
/// full catalogue many times faster than <see cref="LambdaExpression.Compile()"/>; an expression it cannot handle
/// falls back to the framework's compiler rather than failing.
/// </summary>
internal sealed class DelegateCompiler : IExpressionCompiler
{
    private DelegateCompiler(bool fast) => IsFast = fast;

    public static DelegateCompiler Fast { get; } = new(fast: true);

    public static DelegateCompiler Framework { get; } = new(fast: false);

    public bool IsFast { get; }

    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate =>
        IsFast ? expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile() : expression.Compile();

    public Delegate Compile(LambdaExpression expression) =>
        IsFast ? expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile() : expression.Compile();
}
