using System.Threading;
using PartnershipRules.Cases;
using PartnershipRules.Engine;
using PartnershipRules.Facts;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Tests;

/// <summary>An evaluation stopped by the host's time budget says it is incomplete; the caller's cancellation throws.</summary>
public class EvaluationBudgetTests
{
    private static readonly PartnershipCase Case =
        CaseFile.Load(Path.Combine(RepoFiles.Root, "rules", "examples", "community-regeneration.yaml")).Case!;

    private static readonly RuleCatalogue Catalogue = RuleCatalogue.LoadDefault();

    [Fact]
    public void An_evaluation_over_its_time_budget_is_marked_incomplete_with_a_diagnostic()
    {
        var analyzer = new PartnershipAnalyzer(Catalogue, new AnalyzerOptions { EvaluationTimeout = TimeSpan.FromTicks(1) });
        var result = analyzer.Analyze(Case);
        Assert.False(result.IsComplete);
        Assert.Contains(result.Diagnostics, d => d.Id == "PRE004");

        var generous = new PartnershipAnalyzer(Catalogue, new AnalyzerOptions { EvaluationTimeout = TimeSpan.FromMinutes(5) }).Analyze(Case);
        Assert.True(generous.IsComplete);
        Assert.Equal(new PartnershipAnalyzer(Catalogue).Analyze(Case).Findings.Count, generous.Findings.Count);
    }

    [Fact]
    public void The_budget_covers_slow_conditions_too_so_it_stops_calling_them_once_spent()
    {
        // Thirty host rules of 30 ms each would take 0.9 s to evaluate once, and again in their actions; with a 100 ms
        // budget only the few that run before it is spent are called, and the result says it is incomplete.
        var calls = 0;
        var slow = Enumerable.Range(1, 30).Select(i => PartnershipRules.RuleLanguage.CodeRules.CodeRule.Create("SLOW" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture), "Slow host rule")
            .Advice("Nothing.")
            .Cites("tett-2005", "Partnerships", "Partners are clear about why they are collaborating together")
            .When(_ =>
            {
                Interlocked.Increment(ref calls);
                Thread.Sleep(30);
                return Truth.True;
            })).ToArray();
        var catalogue = RuleCatalogue.LoadDefault(new RuleCatalogueOptions { CodeRules = slow });
        var analyzer = new PartnershipAnalyzer(catalogue, new AnalyzerOptions { EvaluationTimeout = TimeSpan.FromMilliseconds(100) });
        calls = 0;

        var result = analyzer.Analyze(Case);

        Assert.False(result.IsComplete);
        Assert.Contains(result.Diagnostics, d => d.Id == "PRE004");
        Assert.True(calls < 15, $"{calls} calls of slow host code after the budget of about 3 was spent");
    }

    [Fact]
    public void Cancelling_the_callers_token_throws_rather_than_returning_a_partial_result()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var analyzer = new PartnershipAnalyzer(Catalogue, new AnalyzerOptions { EvaluationTimeout = TimeSpan.FromMinutes(5) });
        Assert.ThrowsAny<OperationCanceledException>(() => analyzer.Analyze(Case, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => new PartnershipAnalyzer(Catalogue).Analyze(Case, cancelled.Token));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnalyzerOptions { EvaluationTimeout = TimeSpan.Zero });
    }
}
