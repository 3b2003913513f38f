using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.RuleTesting;

/// <summary>
/// The rule tests of a catalogue: YAML files that pair a partnership with the outcome each named rule must give
/// (<c>fired</c>, <c>not_fired</c>, <c>insufficient</c>, <c>not_applicable</c>). By convention they live in a
/// <c>tests/</c> folder beside the rules, which the rule loader skips.
/// </summary>
public sealed class RuleTestSuite
{
    private RuleTestSuite(IReadOnlyList<RuleTestCase> cases, IReadOnlyList<Diagnostic> diagnostics)
    {
        Cases = cases;
        Diagnostics = diagnostics;
    }

    /// <summary>The tests that were read without errors, in file order.</summary>
    public IReadOnlyList<RuleTestCase> Cases { get; }

    /// <summary>Mistakes in the test files, with file, line and column. A test with an error is left out of <see cref="Cases"/>.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether any test file had an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Reads the tests in the <c>tests/</c> folder of each rules directory (a directory without one has no tests).</summary>
    /// <param name="ruleDirectories">The rules directories.</param>
    /// <returns>The suite.</returns>
    public static RuleTestSuite LoadDirectories(IEnumerable<string> ruleDirectories)
    {
        if (ruleDirectories is null)
        {
            throw new ArgumentNullException(nameof(ruleDirectories));
        }

        var sources = new List<RuleSource>();
        foreach (var directory in ruleDirectories)
        {
            var tests = Path.Combine(directory, "tests");
            if (Directory.Exists(tests))
            {
                sources.AddRange(Directory.EnumerateFiles(tests, "*.*", SearchOption.AllDirectories)
                    .Where(RuleSource.IsYamlFile)
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .Select(RuleSource.FromFile));
            }
        }

        return Load(sources);
    }

    /// <summary>Reads rule-test files.</summary>
    /// <param name="sources">The files.</param>
    /// <returns>The suite.</returns>
    public static RuleTestSuite Load(IEnumerable<RuleSource> sources)
    {
        if (sources is null)
        {
            throw new ArgumentNullException(nameof(sources));
        }

        var cases = new List<RuleTestCase>();
        return DiagnosticBag.Collect(
            DocumentLimits.DefaultMaxDiagnostics,
            diagnostics =>
            {
                foreach (var source in sources)
                {
                    RuleTestFileParser.Read(source, cases, diagnostics);
                }

                return new RuleTestSuite(cases, diagnostics.ToList());
            },
            diagnostics => new RuleTestSuite(cases, diagnostics));
    }
}
