using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using PartnershipRules.Cases;
using PartnershipRules.Facts;
using PartnershipRules.Hosting;
using PartnershipRules.Model;

namespace PartnershipRules.Tests;

/// <summary>
/// A watched rules directory: a valid edit is picked up, a broken one keeps the last good rule set serving with its
/// diagnostics, and evaluations running across swaps each see exactly one whole rule set.
/// </summary>
[Collection(ConcurrencyTests.Alone)]
public sealed class HotReloadTests : IDisposable
{
    private static readonly PartnershipCase Case =
        CaseFile.Load(Path.Combine(RepoFiles.Root, "rules", "examples", "community-regeneration.yaml")).Case!;

    private readonly string _directory = Directory.CreateTempSubdirectory("partnership-reload-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string SiteFile => Path.Combine(_directory, "site.yaml");

    private static string Rule(string id) => RuleText.Rule(id, "fact: overlappingPartnerships\nis: true");

    private PartnershipAdvisor Advisor(bool watch)
    {
        var options = new PartnershipRulesOptions { WatchForChanges = watch, ReloadDelay = TimeSpan.FromMilliseconds(100) };
        options.RuleDirectories.Add(_directory);
        return new PartnershipAdvisor(options);
    }

    private static async Task<AnalyzerReloadedEventArgs> NextReload(PartnershipAdvisor advisor, Action change)
    {
        var reloaded = new TaskCompletionSource<AnalyzerReloadedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        advisor.Reloaded += (_, e) => reloaded.TrySetResult(e);
        change();
        var finished = await Task.WhenAny(reloaded.Task, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.True(finished == reloaded.Task, "no reload within 30 s of the edit");
        return await reloaded.Task;
    }

    [Fact]
    public async Task A_valid_edit_is_picked_up_and_a_broken_one_keeps_the_last_good_rule_set_serving()
    {
        File.WriteAllText(SiteFile, Rule("SITE001"));
        using var advisor = Advisor(watch: true);
        Assert.True(advisor.IsWatching);
        Assert.Contains(advisor.Analyze(Case).Findings, f => f.RuleId == "SITE001");

        var valid = await NextReload(advisor, () => File.WriteAllText(SiteFile, Rule("SITE002")));
        Assert.True(valid.Build.Succeeded);
        Assert.NotEqual(valid.PreviousHash, advisor.Analyzer.RuleSetHash);
        var afterEdit = advisor.Analyze(Case);
        Assert.Contains(afterEdit.Findings, f => f.RuleId == "SITE002");
        Assert.DoesNotContain(afterEdit.Results, r => r.RuleId == "SITE001");

        var goodHash = advisor.Analyzer.RuleSetHash;
        var broken = await NextReload(advisor, () => File.WriteAllText(SiteFile, Rule("SITE003").Replace("fact: overlappingPartnerships", "fact: overlapingPartnerships")));
        Assert.False(broken.Build.Succeeded);
        var error = Assert.Single(broken.Build.Diagnostics, d => d.Id == "PRL007");
        Assert.Equal(SiteFile, error.Location!.FilePath);
        Assert.Equal(goodHash, advisor.Analyzer.RuleSetHash);
        Assert.Same(broken.Build, advisor.LastBuild);
        Assert.Contains(advisor.Analyze(Case).Findings, f => f.RuleId == "SITE002");

        // The file is the author's: the library never rewrites it.
        Assert.Contains("overlapingPartnerships", File.ReadAllText(SiteFile), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watching_survives_the_directory_being_deleted_and_created_again()
    {
        File.WriteAllText(SiteFile, Rule("SITE001"));
        using var advisor = Advisor(watch: true);

        // Gone: the rebuild fails (the directory is not there) and the last good rule set keeps serving.
        var gone = await NextReload(advisor, () => Directory.Delete(_directory, recursive: true));
        Assert.False(gone.Build.Succeeded);
        Assert.Contains(advisor.Analyze(Case).Findings, f => f.RuleId == "SITE001");

        // Back, with a new rule: picked up, so the watch did not stop with the old directory.
        var back = await NextReload(advisor, () =>
        {
            Directory.CreateDirectory(_directory);
            File.WriteAllText(SiteFile, Rule("SITE002"));
        });
        for (var i = 0; i < 50 && !advisor.Analyze(Case).Findings.Any(f => f.RuleId == "SITE002"); i++)
        {
            await Task.Delay(100);
        }

        Assert.Contains(advisor.Analyze(Case).Findings, f => f.RuleId == "SITE002");
        Assert.True(advisor.LastBuild.Succeeded, string.Join("\n", advisor.LastBuild.Diagnostics));
        _ = back;
    }

    [Fact]
    public void A_first_build_that_fails_throws_with_located_diagnostics()
    {
        File.WriteAllText(SiteFile, "rules: [");
        var error = Assert.Throws<AnalyzerBuildException>(() => Advisor(watch: false));
        Assert.Contains(error.Diagnostics, d => d.IsError && d.Location?.FilePath == SiteFile);
    }

    [Fact]
    public async Task A_thousand_evaluations_across_swaps_each_see_one_whole_rule_set()
    {
        File.WriteAllText(SiteFile, Rule("SITE001"));
        using var advisor = Advisor(watch: false);
        var ruleSets = new ConcurrentDictionary<string, string>();
        ruleSets[advisor.Analyzer.RuleSetHash] = "SITE001";
        var results = new ConcurrentBag<AnalysisResult>();
        using var done = new CancellationTokenSource();

        var evaluations = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 250; i++)
            {
                results.Add(advisor.Analyze(Case));
            }
        })).ToArray();

        // Swap back and forth between two rule sets while the evaluations run: four swaps, spread over the run.
        var swaps = 0;
        while (swaps < 4 && !evaluations.All(t => t.IsCompleted))
        {
            if (results.Count < swaps * 150)
            {
                await Task.Delay(20);
                continue;
            }

            var id = swaps % 2 == 0 ? "SITE002" : "SITE001";
            File.WriteAllText(SiteFile, Rule(id));
            var load = await advisor.ReloadAsync();
            Assert.True(load.Succeeded);
            ruleSets[load.Analyzer!.RuleSetHash] = id;
            swaps++;
        }

        await Task.WhenAll(evaluations);
        Assert.Equal(1000, results.Count);
        Assert.True(swaps >= 2, "the evaluations should have run across at least two swaps");
        foreach (var result in results)
        {
            // Each result names its rule set, and has exactly that rule set's site rule, never both or neither.
            var expected = ruleSets[result.RuleSetHash];
            var site = result.Results.Where(r => r.RuleId.StartsWith("SITE", StringComparison.Ordinal)).Select(r => r.RuleId).ToList();
            Assert.Equal(new[] { expected }, site);
            Assert.True(result.IsComplete);
        }

        Assert.True(results.Select(r => r.RuleSetHash).Distinct().Count() >= 2, "results should come from more than one rule set");
    }
}
