namespace PartnershipRules.Engine;

/// <summary>How the rules' conditions are turned into code. All three give the same results (tested).</summary>
public enum ExpressionCompiler
{
    /// <summary>
    /// The default: each condition starts in the framework's expression interpreter and is compiled with
    /// FastExpressionCompiler once it has been evaluated a few times, so a process that checks one case starts quickly
    /// and a host that checks many runs compiled code.
    /// </summary>
    Fast = 0,

    /// <summary>The framework's <c>Expression.Compile</c>, at once: for ruling the faster compiler out when diagnosing a problem.</summary>
    Framework = 1,

    /// <summary>
    /// The framework's expression interpreter, never compiled: no code is generated at run time, for hosts that forbid
    /// it. Slower to evaluate. Chosen whatever the setting where the runtime cannot generate code (native AOT).
    /// </summary>
    Interpreted = 2,
}
