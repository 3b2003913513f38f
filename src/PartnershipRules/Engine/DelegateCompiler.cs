using System;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Threading;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace PartnershipRules.Engine;

/// <summary>
/// Turns expression trees into delegates, for the rule network (through NRules' compiler hook) and for the condition
/// tracer alike, so both run the same code. By default (<see cref="ExpressionCompiler.Fast"/>) a delegate starts in
/// the framework's interpreter and is compiled with FastExpressionCompiler once it has been called
/// <see cref="CompileAfterCalls"/> times (<see cref="TieredDelegate"/>): a process that evaluates one case does not pay
/// the JIT for hundreds of conditions it runs once, and a host that evaluates many runs them compiled. An expression
/// FastExpressionCompiler cannot handle falls back to the framework's compiler rather than failing.
/// </summary>
internal sealed class DelegateCompiler : IExpressionCompiler
{
    /// <summary>Calls after which a tiered delegate is compiled: a few evaluations of a case, or one of a long list.</summary>
    public const int DefaultCompileAfterCalls = 16;

    private readonly ExpressionCompiler _choice;

    // One tier factory per delegate type, found by reflection once rather than per delegate (null: not tiered).
    private readonly ConcurrentDictionary<Type, Func<DelegateCompiler, LambdaExpression, Delegate>?> _wrappers = new();
    private int _promotions;
    private int _tiered;

    private DelegateCompiler(ExpressionCompiler choice, int compileAfterCalls)
    {
        _choice = choice;
        CompileAfterCalls = compileAfterCalls;
    }

    /// <summary>FastExpressionCompiler at once, no interpreted start (the benchmarks' gates: the limit of compiled code).</summary>
    public static DelegateCompiler Compiled { get; } = new(ExpressionCompiler.Fast, compileAfterCalls: 0);

    /// <summary>The framework's compiler at once.</summary>
    public static DelegateCompiler Framework { get; } = new(ExpressionCompiler.Framework, compileAfterCalls: 0);

    /// <summary>The framework's interpreter only.</summary>
    public static DelegateCompiler Interpreter { get; } = new(ExpressionCompiler.Interpreted, compileAfterCalls: 0);

    /// <summary>Calls after which a delegate is compiled; 0 when delegates are not tiered.</summary>
    public int CompileAfterCalls { get; }

    /// <summary>How many tiered delegates have been compiled so far (for tests of the tiers).</summary>
    public int Promotions => Volatile.Read(ref _promotions);

    /// <summary>How many tiered delegates this compiler has made.</summary>
    public int Tiered => Volatile.Read(ref _tiered);

    /// <summary>
    /// The compiler for an analyzer. A tiered compiler is one per analyzer, because it counts its promotions. Where the
    /// runtime cannot generate code (native AOT), delegates are interpreted whatever the choice.
    /// </summary>
    public static DelegateCompiler For(ExpressionCompiler choice, int compileAfterCalls = DefaultCompileAfterCalls)
    {
#if NET8_0_OR_GREATER
        if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
        {
            return Interpreter;
        }
#endif
        return choice switch
        {
            ExpressionCompiler.Framework => Framework,
            ExpressionCompiler.Interpreted => Interpreter,
            _ when compileAfterCalls <= 0 || !CanInterpret => Compiled,
            _ => new DelegateCompiler(ExpressionCompiler.Fast, compileAfterCalls),
        };
    }

    // The interpreter exists in .NET (Core)'s System.Linq.Expressions; on .NET Framework (the netstandard2.0 build)
    // "interpreting" compiles, so the tiers would compile everything twice.
#if NET8_0_OR_GREATER
    private static bool CanInterpret => true;
#else
    private static bool CanInterpret => false;
#endif

    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate => (TDelegate)Compile((LambdaExpression)expression);

    public Delegate Compile(LambdaExpression expression)
    {
        switch (_choice)
        {
            case ExpressionCompiler.Framework:
                return expression.Compile();
            case ExpressionCompiler.Interpreted:
                return expression.Compile(preferInterpretation: true);
            default:
                if (CompileAfterCalls <= 0)
                {
                    return CompileFast(expression);
                }

                if (_wrappers.GetOrAdd(expression.Type, TieredDelegate.WrapperFor) is not { } wrap)
                {
                    return CompileFast(expression);
                }

                Interlocked.Increment(ref _tiered);
                return wrap(this, expression);
        }
    }

    /// <summary>Compiles a tiered delegate that reached its threshold.</summary>
    internal Delegate Promote(LambdaExpression expression)
    {
        var compiled = CompileFast(expression);
        Interlocked.Increment(ref _promotions);
        return compiled;
    }

    private static Delegate CompileFast(LambdaExpression expression) =>
        expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile();
}
