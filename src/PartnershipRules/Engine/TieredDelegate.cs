using System;
using System.Linq.Expressions;
using System.Threading;

namespace PartnershipRules.Engine;

/// <summary>
/// A delegate that runs in the framework's expression interpreter until it has been called a set number of times,
/// and compiled from then on. Compiling a condition costs its generation and, on the first call, the JIT (about a
/// quarter of a millisecond each, and an evaluation reads hundreds): a one-case check in a fresh process would spend
/// most of its time there for code it runs once. A condition evaluated often is compiled after a few calls, so a
/// long-running host pays the interpreter only at the start. Both tiers evaluate the same expression tree, so they give
/// the same results (tested). Thread-safe: callers racing the promotion see the old or the new delegate, both correct.
/// </summary>
internal abstract class TieredDelegate
{
    private readonly DelegateCompiler _compiler;
    private readonly LambdaExpression _expression;
    private int _calls;
    private int _compiled;

    protected TieredDelegate(DelegateCompiler compiler, LambdaExpression expression)
    {
        _compiler = compiler;
        _expression = expression;
    }

    /// <summary>True until the delegate has been compiled.</summary>
    protected bool Interpreted => Volatile.Read(ref _compiled) == 0;

    /// <summary>
    /// Counts a call and returns the delegate to run it with: interpreted (made on the first call, so a delegate never
    /// called costs nothing), or compiled on the call that reaches the threshold. A promotion is written last and
    /// unconditionally; a first interpretation only fills an empty slot, so it can never replace compiled code.
    /// </summary>
    protected TDelegate Step<TDelegate>(ref TDelegate? slot)
        where TDelegate : class
    {
        if (Interlocked.Increment(ref _calls) >= _compiler.CompileAfterCalls && Interlocked.Exchange(ref _compiled, 1) == 0)
        {
            var compiled = (TDelegate)(object)_compiler.Promote(_expression);
            Volatile.Write(ref slot, compiled);
            return compiled;
        }

        if (Volatile.Read(ref slot) is { } current)
        {
            return current;
        }

        var interpreted = (TDelegate)(object)_expression.Compile(preferInterpretation: true);
        return Interlocked.CompareExchange(ref slot, interpreted, null) ?? interpreted;
    }

    /// <summary>
    /// The factory of tiered delegates of a type, for the supported shapes (one to three arguments and a result, or two
    /// or four arguments and none); null for any other.
    /// </summary>
    public static Func<DelegateCompiler, LambdaExpression, Delegate>? WrapperFor(Type type)
    {
        if (!type.IsGenericType)
        {
            return null;
        }

        var shape = type.GetGenericTypeDefinition();
        var wrapper = shape == typeof(Func<,>) ? typeof(TieredFunc<,>)
            : shape == typeof(Func<,,>) ? typeof(TieredFunc<,,>)
            : shape == typeof(Func<,,,>) ? typeof(TieredFunc<,,,>)
            : shape == typeof(Action<,>) ? typeof(TieredAction<,>)
            : shape == typeof(Action<,,,>) ? typeof(TieredAction<,,,>)
            : null;
        if (wrapper is null)
        {
            return null;
        }

        var wrap = wrapper.MakeGenericType(type.GetGenericArguments()).GetMethod("Wrap")!;
        return (Func<DelegateCompiler, LambdaExpression, Delegate>)Delegate.CreateDelegate(typeof(Func<DelegateCompiler, LambdaExpression, Delegate>), wrap);
    }
}

/// <summary>A tiered <see cref="Func{T, TResult}"/>.</summary>
internal sealed class TieredFunc<T, TResult> : TieredDelegate
{
    private Func<T, TResult>? _current;

    private TieredFunc(DelegateCompiler compiler, LambdaExpression expression)
        : base(compiler, expression)
    {
    }

    public static Delegate Wrap(DelegateCompiler compiler, LambdaExpression expression) => new Func<T, TResult>(new TieredFunc<T, TResult>(compiler, expression).Invoke);

    public TResult Invoke(T arg) => (_current is { } current && !Interpreted ? current : Step(ref _current))(arg);
}

/// <summary>A tiered <see cref="Func{T1, T2, TResult}"/>.</summary>
internal sealed class TieredFunc<T1, T2, TResult> : TieredDelegate
{
    private Func<T1, T2, TResult>? _current;

    private TieredFunc(DelegateCompiler compiler, LambdaExpression expression)
        : base(compiler, expression)
    {
    }

    public static Delegate Wrap(DelegateCompiler compiler, LambdaExpression expression) => new Func<T1, T2, TResult>(new TieredFunc<T1, T2, TResult>(compiler, expression).Invoke);

    public TResult Invoke(T1 arg1, T2 arg2) => (_current is { } current && !Interpreted ? current : Step(ref _current))(arg1, arg2);
}

/// <summary>A tiered <see cref="Func{T1, T2, T3, TResult}"/>.</summary>
internal sealed class TieredFunc<T1, T2, T3, TResult> : TieredDelegate
{
    private Func<T1, T2, T3, TResult>? _current;

    private TieredFunc(DelegateCompiler compiler, LambdaExpression expression)
        : base(compiler, expression)
    {
    }

    public static Delegate Wrap(DelegateCompiler compiler, LambdaExpression expression) => new Func<T1, T2, T3, TResult>(new TieredFunc<T1, T2, T3, TResult>(compiler, expression).Invoke);

    public TResult Invoke(T1 arg1, T2 arg2, T3 arg3) => (_current is { } current && !Interpreted ? current : Step(ref _current))(arg1, arg2, arg3);
}

/// <summary>A tiered <see cref="Action{T1, T2}"/> (an NRules rule action).</summary>
internal sealed class TieredAction<T1, T2> : TieredDelegate
{
    private Action<T1, T2>? _current;

    private TieredAction(DelegateCompiler compiler, LambdaExpression expression)
        : base(compiler, expression)
    {
    }

    public static Delegate Wrap(DelegateCompiler compiler, LambdaExpression expression) => new Action<T1, T2>(new TieredAction<T1, T2>(compiler, expression).Invoke);

    public void Invoke(T1 arg1, T2 arg2) => (_current is { } current && !Interpreted ? current : Step(ref _current))(arg1, arg2);
}

/// <summary>A tiered <see cref="Action{T1, T2, T3, T4}"/> (an NRules rule action with dependencies).</summary>
internal sealed class TieredAction<T1, T2, T3, T4> : TieredDelegate
{
    private Action<T1, T2, T3, T4>? _current;

    private TieredAction(DelegateCompiler compiler, LambdaExpression expression)
        : base(compiler, expression)
    {
    }

    public static Delegate Wrap(DelegateCompiler compiler, LambdaExpression expression) => new Action<T1, T2, T3, T4>(new TieredAction<T1, T2, T3, T4>(compiler, expression).Invoke);

    public void Invoke(T1 arg1, T2 arg2, T3 arg3, T4 arg4) => (_current is { } current && !Interpreted ? current : Step(ref _current))(arg1, arg2, arg3, arg4);
}
