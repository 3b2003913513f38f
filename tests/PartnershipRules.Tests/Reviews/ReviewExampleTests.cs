using System.Text.Json;
using System.Text.Json.Nodes;
using Snapshooter;
using Snapshooter.Xunit;

namespace PartnershipRules.Tests.Reviews;

/// <summary>
/// The worked example of issue 17: the Braeside partnership at set-up, a year on and at renewal
/// (rules/examples/over-time). Each review against the one before gives the same new, unchanged, changed and
/// resolved findings as the committed snapshot.
/// </summary>
public sealed class ReviewExampleTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("pr-review-example-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static string Version(string date) => Path.Combine(AppContext.BaseDirectory, "rules", "examples", "over-time", "braeside-" + date + ".yaml");

    private string Baseline(string date)
    {
        var report = Path.Combine(_folder.FullName, date + ".json");
        var (exit, _, error) = ToolRunner.Run("check", Version(date), "--format", "json", "--output", report, "--fail-on", "never", "--evaluation-date", "2027-03-31");
        Assert.True(exit == 0, error);
        return report;
    }

    [Theory]
    [InlineData("2025-06", "2026-09")]
    [InlineData("2026-09", "2027-03")]
    public void Each_review_against_the_one_before_matches_the_snapshot(string then, string now)
    {
        var (exit, output, error) = ToolRunner.Run("check", Version(now), "--baseline", Baseline(then), "--format", "json", "--fail-on", "never", "--evaluation-date", "2027-03-31");

        Assert.True(exit == 0, error);
        var entry = JsonNode.Parse(output)!["cases"]![0]!;
        var review = entry["review"]!.DeepClone().AsObject();
        review["findings"] = new JsonArray(entry["findings"]!.AsArray()
            .Select(f => $"{f!["ruleId"]} {f["baselineState"]}")
            .Order(StringComparer.Ordinal)
            .Select(line => (JsonNode?)JsonValue.Create(line))
            .ToArray());
        Snapshot.Match(review.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), new SnapshotNameExtension(then + "-to-" + now));
    }

    [Fact]
    public void The_renewal_review_in_text_leads_with_what_changed()
    {
        var (_, output, _) = ToolRunner.Run("check", Version("2027-03"), "--baseline", Baseline("2026-09"), "--fail-on", "never");

        Snapshot.Match(string.Join("\n", output.Split('\n').Take(16)));
    }
}
