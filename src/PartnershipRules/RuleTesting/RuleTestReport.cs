using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Diagnostics;

namespace PartnershipRules.RuleTesting;

/// <summary>The result of running a catalogue's rule tests.</summary>
public sealed class RuleTestReport
{
    internal RuleTestReport(IReadOnlyList<ExpectationResult> expectations, IReadOnlyList<RuleCoverage> coverage, IReadOnlyList<Diagnostic> diagnostics)
    {
        Expectations = expectations;
        Coverage = coverage;
        Diagnostics = diagnostics;
    }

    /// <summary>Every expectation checked, in test-file order.</summary>
    public IReadOnlyList<ExpectationResult> Expectations { get; }

    /// <summary>One entry per loaded rule, in id order.</summary>
    public IReadOnlyList<RuleCoverage> Coverage { get; }

    /// <summary>Errors in the rule or test files, and any evaluation failure.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether there are no errors, every expectation holds and every rule is fully covered.</summary>
    public bool Passed => !Diagnostics.Any(d => d.IsError) && Expectations.All(e => e.Passed) && Coverage.All(c => c.Passed);
}
