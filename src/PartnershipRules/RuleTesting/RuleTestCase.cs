using System.Collections.Generic;
using PartnershipRules.Diagnostics;
using PartnershipRules.Facts;
using PartnershipRules.Model;

namespace PartnershipRules.RuleTesting;

/// <summary>One test of a rule-test file: a partnership and the outcomes some rules must give on it.</summary>
public sealed class RuleTestCase
{
    internal RuleTestCase(string name, SourceLocation location, PartnershipCase partnership, IReadOnlyList<RuleExpectation> expectations)
    {
        Name = name;
        Location = location;
        Partnership = partnership;
        Expectations = expectations;
    }

    /// <summary>The test's name, unique within its file.</summary>
    public string Name { get; }

    /// <summary>Where the test starts.</summary>
    public SourceLocation Location { get; }

    /// <summary>The partnership, with a source map into the test file.</summary>
    public PartnershipCase Partnership { get; }

    /// <summary>The expected outcomes; rules not named here are not checked.</summary>
    public IReadOnlyList<RuleExpectation> Expectations { get; }

    /// <inheritdoc/>
    public override string ToString() => Location.FilePath + ": " + Name;
}
