using PartnershipRules.Facts;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;
using PartnershipRules.RuleTesting;

namespace PartnershipRules.Tests;

/// <summary>
/// The rule tests in rules/tests, run inside dotnet test: one theory case per rule test, plus the coverage demand that
/// every rule is shown to fire, not fire and lack information (and not apply, when it has a precondition).
/// </summary>
public class CatalogueRuleTests
{
    private static readonly string RulesDirectory = Path.Combine(AppContext.BaseDirectory, "rules");
    private static readonly Lazy<RuleCatalogue> Catalogue = new(() => RuleCatalogue.LoadDirectories(new[] { RulesDirectory }));
    private static readonly Lazy<RuleTestSuite> Suite = new(() => RuleTestSuite.LoadDirectories(new[] { RulesDirectory }));
    private static readonly Lazy<RuleTestReport> Report = new(() => RuleTestRunner.Run(Catalogue.Value, Suite.Value));

    public static TheoryData<string, string> Tests()
    {
        var data = new TheoryData<string, string>();
        foreach (var test in Suite.Value.Cases)
        {
            data.Add(Path.GetFileName(test.Location.FilePath), test.Name);
        }

        return data;
    }

    [Fact]
    public void Rule_test_files_have_no_errors()
    {
        Assert.Empty(Suite.Value.Diagnostics);
        Assert.NotEmpty(Suite.Value.Cases);
    }

    [Theory]
    [MemberData(nameof(Tests))]
    public void Rule_test_holds(string file, string name)
    {
        var results = Report.Value.Expectations
            .Where(e => Path.GetFileName(e.Test.Location.FilePath) == file && e.Test.Name == name)
            .ToList();
        Assert.NotEmpty(results);
        var failures = results.Where(r => !r.Passed)
            .Select(r => $"{r.Expectation.Location}: {r.Expectation.RuleId} expected {r.Expectation.Expected}, got {r.Actual?.ToString() ?? "no such rule"}"
                + (r.Result?.MissingFacts.Count > 0 ? " (needs " + string.Join(", ", r.Result.MissingFacts.Select(m => m.Location.Path)) + ")" : string.Empty))
            .ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Every_rule_is_shown_to_fire_not_fire_and_lack_information()
    {
        var gaps = Report.Value.Coverage
            .Where(c => c.Missing.Count > 0)
            .Select(c => c.Rule.Id + " lacks a passing test where it gives " + string.Join(", ", c.Missing))
            .ToList();
        Assert.True(gaps.Count == 0, string.Join("\n", gaps));
    }

    [Fact]
    public void A_failing_expectation_is_reported_with_its_outcome()
    {
        // Guards the runner itself: a wrong expectation must fail, with the actual outcome and the missing fact.
        var suite = RuleTestSuite.Load(new[]
        {
            RuleSource.FromText("wrong.tests.yaml", """
                tests:
                  - name: nothing recorded about funding
                    expect: {PR3002: fired}
                    partnership: {name: Empty}
                """),
        });
        Assert.Empty(suite.Diagnostics);
        var report = RuleTestRunner.Run(Catalogue.Value, suite);
        var result = Assert.Single(report.Expectations);
        Assert.False(result.Passed);
        Assert.Equal(Outcome.InsufficientInformation, result.Actual);
        Assert.False(report.Passed);
        Assert.Equal(3, result.Expectation.Location.Line);
    }

    [Theory]
    [InlineData("tests: [{name: a, expect: {PR3002: fire}, partnership: {name: x}}]", "PRT003", 1, 36)]
    [InlineData("tests: [{name: a, expect: {PR3002: fired}, partnership: {name: x}}, {name: a, expect: {PR3002: fired}, partnership: {name: y}}]", "PRT002", 1, 76)]
    [InlineData("cases: []", "PRT001", 1, 1)]
    [InlineData("tests: [{name: a, expect: {PR3002: fired}, partnership: {nmae: x}}]", "PRC002", 1, 58)]
    [InlineData("tests: [{name: a, partnership: {name: x}}]", "PRL003", 1, 9)]
    public void Mistakes_in_test_files_are_diagnostics_with_positions(string yaml, string id, int line, int column)
    {
        var suite = RuleTestSuite.Load(new[] { RuleSource.FromText("t.tests.yaml", yaml) });
        var diagnostic = Assert.Single(suite.Diagnostics, d => d.IsError);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal((line, column), (diagnostic.Location!.Line, diagnostic.Location.Column));
        Assert.Equal(id == "PRT002" ? 1 : 0, suite.Cases.Count); // a duplicate name rejects the second test only
    }
}
