using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using PartnershipRules.Engine;
using PartnershipRules.Facts;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.RuleTesting;

/// <summary>Runs rule tests against a catalogue, like <c>semgrep --test</c> for partnership rules.</summary>
public static class RuleTestRunner
{
    /// <summary>Evaluates each test's partnership and compares every expected outcome with the actual one.</summary>
    /// <param name="catalogue">The rules under test.</param>
    /// <param name="suite">The tests.</param>
    /// <param name="cancellationToken">Stops between tests.</param>
    /// <returns>The report.</returns>
    public static RuleTestReport Run(RuleCatalogue catalogue, RuleTestSuite suite, CancellationToken cancellationToken = default)
    {
        if (catalogue is null)
        {
            throw new ArgumentNullException(nameof(catalogue));
        }

        if (suite is null)
        {
            throw new ArgumentNullException(nameof(suite));
        }

        var analyzer = new PartnershipAnalyzer(catalogue, cancellationToken);
        var diagnostics = catalogue.Diagnostics.Concat(suite.Diagnostics).ToList();
        var expectations = new List<ExpectationResult>();
        foreach (var test in suite.Cases)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var analysis = analyzer.Analyze(test.Partnership, cancellationToken);
            diagnostics.AddRange(analysis.Diagnostics);
            var byRule = analysis.Results.ToDictionary(r => r.RuleId, StringComparer.Ordinal);
            foreach (var expectation in test.Expectations)
            {
                byRule.TryGetValue(expectation.RuleId, out var result);
                expectations.Add(new ExpectationResult(test, expectation, result?.Outcome, result));
            }
        }

        return new RuleTestReport(expectations, Coverage(catalogue, expectations), diagnostics);
    }

    private static List<RuleCoverage> Coverage(RuleCatalogue catalogue, List<ExpectationResult> expectations)
    {
        var byRule = expectations.ToLookup(e => e.Expectation.RuleId, StringComparer.Ordinal);
        var coverage = new List<RuleCoverage>();
        foreach (var definition in catalogue.Definitions.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            var required = new List<Outcome> { Outcome.Fired, Outcome.NotFired, Outcome.InsufficientInformation };
            if (definition.AppliesWhen is not null)
            {
                required.Add(Outcome.NotApplicable);
            }

            var results = byRule[definition.Id].ToList();
            var covered = results.Where(r => r.Passed).Select(r => r.Expectation.Expected).Distinct().OrderBy(o => o).ToList();
            var missing = required.Where(o => !covered.Contains(o)).ToList();
            coverage.Add(new RuleCoverage(definition.Descriptor, required, covered, missing, results.Count(r => !r.Passed)));
        }

        return coverage;
    }
}
