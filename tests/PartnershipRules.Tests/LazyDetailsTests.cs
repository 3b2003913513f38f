using System.Collections.Concurrent;
using System.Threading;
using PartnershipRules.Cases;
using PartnershipRules.Engine;
using PartnershipRules.Model;

namespace PartnershipRules.Tests;

/// <summary>
/// Location, evidence and missing facts are traced when first read. Reading them later, on other threads, or after
/// the same thread has evaluated other cases gives what an evaluation that read them at once gives.
/// </summary>
public class LazyDetailsTests
{
    private static readonly PartnershipAnalyzer Analyzer = PartnershipAnalyzer.CreateDefault();

    private static PartnershipCase Example(string name) =>
        CaseFile.Load(Path.Combine(AppContext.BaseDirectory, "rules", "examples", name + ".yaml")).Case!;

    private static string Details(AnalysisResult result) => string.Join(
        "\n",
        result.Results.Select(r => r.RuleId + " " + r.Outcome + " @" + r.Finding?.Location.Path + " "
            + string.Join(";", r.Finding?.Evidence.Select(e => e.Location + "=" + e.Value) ?? Array.Empty<string>())
            + " | " + string.Join(";", r.MissingFacts.Select(m => m.Location.ToString()))));

    [Fact]
    public void Details_read_after_other_evaluations_are_those_read_at_once()
    {
        var typical = Example("community-regeneration");
        var atOnce = Details(Analyzer.Analyze(typical));

        // Evaluate, then let the thread's session serve other cases before the details are first read.
        var later = Analyzer.Analyze(typical);
        Analyzer.Analyze(Example("sparse-intake"));
        Analyzer.Analyze(Example("youth-transitions"));
        Assert.Equal(atOnce, Details(later));
        Assert.Contains("=", atOnce, StringComparison.Ordinal);
    }

    [Fact]
    public void Details_first_read_by_many_threads_at_once_agree()
    {
        var typical = Example("community-regeneration");
        var expected = Details(Analyzer.Analyze(typical));
        var shared = Analyzer.Analyze(typical);
        var seen = new ConcurrentBag<string>();
        using var start = new Barrier(8);
        var threads = Enumerable.Range(0, 8).Select(_ => new Thread(() =>
        {
            start.SignalAndWait();
            seen.Add(Details(shared));
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.All(seen, s => Assert.Equal(expected, s));
    }
}
