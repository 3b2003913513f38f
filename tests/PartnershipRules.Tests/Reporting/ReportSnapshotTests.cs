using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Snapshooter;
using Snapshooter.Xunit;

namespace PartnershipRules.Tests.Reporting;

/// <summary>
/// Every format of <c>check</c> on every example, against committed snapshots (Snapshooter; CI runs with
/// SNAPSHOOTER_STRICT_MODE=true, so a missing snapshot fails instead of being written). A change to what a report
/// says shows up here as a diff to review and commit.
/// </summary>
public class ReportSnapshotTests
{
    /// <summary>Each example with each format; text twice, at the default verbosity and at detailed.</summary>
    public static TheoryData<string, string> ExamplesAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var example in ToolRunner.Examples)
        {
            foreach (var format in new[] { "text", "text-detailed", "markdown", "html", "json", "sarif" })
            {
                data.Add(example, format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExamplesAndFormats))]
    public void Check_output_matches_the_snapshot(string example, string format)
    {
        var output = format == "text-detailed" ? ToolRunner.Report(example, "text", "detailed") : ToolRunner.Report(example, format);
        Assert.NotEmpty(output);
        Snapshot.Match(format == "sarif" ? WithoutRuleDescriptions(output) : output, new SnapshotNameExtension(example + "." + format));
    }

    /// <summary>The SARIF rule descriptions are the catalogue's, the same for every case: one snapshot of them is enough.</summary>
    [Fact]
    public void Sarif_rule_descriptions_match_the_snapshot()
    {
        var rules = JsonNode.Parse(ToolRunner.Report("youth-transitions", "sarif"))!["runs"]![0]!["tool"]!["driver"]!["rules"]!;
        Snapshot.Match(rules.ToJsonString(Indented));
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static string WithoutRuleDescriptions(string sarif)
    {
        var document = JsonNode.Parse(sarif)!;
        var driver = document["runs"]![0]!["tool"]!["driver"]!.AsObject();
        driver["rules"] = driver["rules"]!.AsArray().Count + " rules, in Sarif_rule_descriptions_match_the_snapshot";
        return document.ToJsonString(Indented);
    }
}
