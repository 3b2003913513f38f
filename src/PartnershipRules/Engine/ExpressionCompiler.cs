namespace PartnershipRules.Engine;

/// <summary>Which compiler turns the rules' expression trees into code. Both give the same results (tested).</summary>
public enum ExpressionCompiler
{
    /// <summary>FastExpressionCompiler: several times faster to compile a catalogue (the default).</summary>
    Fast = 0,

    /// <summary>The framework's <c>Expression.Compile</c>: for ruling the faster compiler out when diagnosing a problem.</summary>
    Framework = 1,
}
