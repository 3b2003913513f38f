using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using PartnershipRules.Cases;
using PartnershipRules.Engine;
using PartnershipRules.Facts;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;
using PartnershipRules.RuleTesting;

namespace PartnershipRules.Tests;

/// <summary>
/// Every way of turning conditions into code gives the same results on every case we have: the default tiers
/// (interpreted first, then compiled with FastExpressionCompiler), the framework's compiler, and the interpreter alone.
/// </summary>
public class ExpressionCompilerTests
{
    private static readonly Lazy<(RuleCatalogue Catalogue, List<PartnershipCase> Cases)> Everything = new(() =>
    {
        var catalogue = RuleCatalogue.LoadDirectories(new[] { Path.Combine(RepoFiles.Root, "rules") });
        var cases = Directory.GetFiles(Path.Combine(RepoFiles.Root, "rules", "examples"), "*.yaml").Select(f => CaseFile.Load(f).Case!)
            .Concat(RuleTestSuite.LoadDirectories(new[] { Path.Combine(RepoFiles.Root, "rules") }).Cases.Select(c => c.Partnership))
            .ToList();
        return (catalogue, cases);
    });

    private static string Signature(AnalysisResult result) => string.Join("\n", result.Results.Select(r =>
        r.RuleId + ":" + r.Outcome + ":" + r.Finding?.Message + ":"
        + string.Join(",", r.Finding?.Evidence.Select(e => e.Location.Path + "=" + e.Value) ?? Array.Empty<string>()) + ":"
        + string.Join(",", r.MissingFacts.Select(m => m.Location.Path))));

    [Fact]
    public void Tiered_framework_and_interpreted_code_agree_on_every_example_and_rule_test_case()
    {
        var (catalogue, cases) = Everything.Value;
        var tiered = new PartnershipAnalyzer(catalogue);
        var framework = new PartnershipAnalyzer(catalogue, new AnalyzerOptions { ExpressionCompiler = ExpressionCompiler.Framework });
        var interpreted = new PartnershipAnalyzer(catalogue, new AnalyzerOptions { ExpressionCompiler = ExpressionCompiler.Interpreted });

        Assert.True(cases.Count > 50);
        var fired = 0;
        foreach (var partnershipCase in cases)
        {
            var expected = framework.Analyze(partnershipCase);
            Assert.Equal(Signature(expected), Signature(tiered.Analyze(partnershipCase)));
            Assert.Equal(Signature(expected), Signature(interpreted.Analyze(partnershipCase)));
            fired += expected.Findings.Count;
        }

        Assert.True(fired > 100, "the cases should make many rules fire, or the comparison proves little");
        Assert.Equal(0, interpreted.Delegates.Promotions);
    }

    [Fact]
    public void Conditions_evaluated_often_are_compiled_and_give_the_results_they_gave_interpreted()
    {
        var (catalogue, cases) = Everything.Value;
        var analyzer = new PartnershipAnalyzer(catalogue);
        var first = cases.Select(c => Signature(analyzer.Analyze(c))).ToList();
        var promotedAfterFirstPass = analyzer.Delegates.Promotions;

        for (var pass = 0; pass < DelegateCompiler.DefaultCompileAfterCalls; pass++)
        {
            foreach (var partnershipCase in cases)
            {
                analyzer.Analyze(partnershipCase);
            }
        }

        // Every gate has now run often enough to be compiled: many more delegates than in the first pass.
        Assert.True(analyzer.Delegates.Promotions > promotedAfterFirstPass + 200, $"{analyzer.Delegates.Promotions} promotions, {promotedAfterFirstPass} after the first pass");
        Assert.Equal(first, cases.Select(c => Signature(analyzer.Analyze(c))).ToList());
    }

    [Fact]
    public void A_tiered_delegate_is_compiled_on_the_call_that_reaches_the_threshold_and_only_once_under_contention()
    {
        var compiler = DelegateCompiler.For(ExpressionCompiler.Fast, compileAfterCalls: 50);
        Expression<Func<int, int>> square = x => x * x;
        var tiered = compiler.Compile(square);

        for (var i = 0; i < 49; i++)
        {
            Assert.Equal(i * i, tiered(i));
        }

        Assert.Equal(0, compiler.Promotions);
        var failures = 0;
        Parallel.For(0, 8, _ =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                if (tiered(i) != i * i)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });

        Assert.Equal(0, failures);
        Assert.Equal(1, compiler.Promotions);
    }

    [Fact]
    public void Delegate_types_without_a_tier_are_compiled_at_once()
    {
        var compiler = DelegateCompiler.For(ExpressionCompiler.Fast);
        Expression<Func<int, int, int, int, int>> sum = (a, b, c, d) => a + b + c + d;
        Assert.Equal(10, compiler.Compile(sum)(1, 2, 3, 4));
        Assert.Equal(0, compiler.Promotions);
    }
}
