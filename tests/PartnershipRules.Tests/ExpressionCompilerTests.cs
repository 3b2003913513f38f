using PartnershipRules.Cases;
using PartnershipRules.Engine;
using PartnershipRules.Facts;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;
using PartnershipRules.RuleTesting;

namespace PartnershipRules.Tests;

/// <summary>FastExpressionCompiler (the default) and the framework's compiler give the same results on every case we have.</summary>
public class ExpressionCompilerTests
{
    private static string Signature(AnalysisResult result) => string.Join("\n", result.Results.Select(r =>
        r.RuleId + ":" + r.Outcome + ":" + r.Finding?.Message + ":"
        + string.Join(",", r.Finding?.Evidence.Select(e => e.Location.Path + "=" + e.Value) ?? Array.Empty<string>()) + ":"
        + string.Join(",", r.MissingFacts.Select(m => m.Location.Path))));

    [Fact]
    public void Fast_and_framework_compilers_agree_on_every_example_and_rule_test_case()
    {
        var catalogue = RuleCatalogue.LoadDirectories(new[] { Path.Combine(RepoFiles.Root, "rules") });
        var fast = new PartnershipAnalyzer(catalogue);
        var framework = new PartnershipAnalyzer(catalogue, new AnalyzerOptions { ExpressionCompiler = ExpressionCompiler.Framework });
        var cases = Directory.GetFiles(Path.Combine(RepoFiles.Root, "rules", "examples"), "*.yaml").Select(f => CaseFile.Load(f).Case!)
            .Concat(RuleTestSuite.LoadDirectories(new[] { Path.Combine(RepoFiles.Root, "rules") }).Cases.Select(c => c.Partnership))
            .ToList();

        Assert.True(cases.Count > 50);
        var fired = 0;
        foreach (var partnershipCase in cases)
        {
            var expected = framework.Analyze(partnershipCase);
            Assert.Equal(Signature(expected), Signature(fast.Analyze(partnershipCase)));
            fired += expected.Findings.Count;
        }

        Assert.True(fired > 100, "the cases should make many rules fire, or the comparison proves little");
    }
}
