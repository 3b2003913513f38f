using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PartnershipRules.Cli;
using PartnershipRules.Engine;
using PartnershipRules.Facts;

namespace PartnershipRules.Tests;

/// <summary>The JSON report follows its documented schema (rules/schemas/report.schema.json) and carries a stamp.</summary>
public class JsonReportTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(Path.Combine(RepoFiles.Rules, "schemas", "report.schema.json"), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private static string Json(params string[] arguments)
    {
        using var output = new StringWriter();
        Program.Run(new[] { "check", "--format", "json", "--fail-on", "never" }.Concat(arguments).ToArray(), output, new StringWriter());
        return output.ToString();
    }

    private static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "rules", "examples", name + ".yaml");

    [Fact]
    public void Every_example_and_a_suppressed_case_validate_against_the_report_schema()
    {
        var suppressed = Path.Combine(Directory.CreateTempSubdirectory("pr-json-").FullName, "board.yaml");
        File.WriteAllText(suppressed, File.ReadAllText(Example("strategic-board")) + "suppressions:\n  - rule: PR4102\n    justification: Agreed plan.\n  - rule: PR3001\n    path: partners[9]\n    justification: Aligned.\n");
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "rules", "examples"), "*.yaml").Append(suppressed).ToArray();
        var report = JsonNode.Parse(Json(files.Prepend("2026-11-26").Prepend("--evaluation-date").ToArray()));
        var results = Schema.Value.Evaluate(JsonSerializer.SerializeToElement(report), new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (results.Details ?? new List<EvaluationResults>()).Where(d => d.Errors is { Count: > 0 }).Select(d => d.InstanceLocation + ": " + string.Join("; ", d.Errors!.Values)).Take(10);
        Assert.True(results.IsValid, string.Join("\n", errors));
        Assert.Equal(files.Length, report!["cases"]!.AsArray().Count);
        Assert.Single(report["cases"]![files.Length - 1]!["unmatchedSuppressions"]!.AsArray());
    }

    [Fact]
    public void The_stamp_records_version_rule_set_and_date_and_the_hash_follows_the_configuration()
    {
        var plain = JsonNode.Parse(Json("--evaluation-date", "2026-11-26", Example("youth-transitions")))!["stamp"]!;
        Assert.Equal("2026-11-26", plain["evaluationDate"]!.GetValue<string>());
        Assert.Matches("^[0-9]+\\.[0-9]+\\.[0-9]+", plain["toolVersion"]!.GetValue<string>());
        var fromDirectory = JsonNode.Parse(Json("--evaluation-date", "2026-11-26", "--rules", Path.Combine(AppContext.BaseDirectory, "rules"), Example("youth-transitions")))!["stamp"]!;
        Assert.Equal(plain["ruleSetHash"]!.GetValue<string>(), fromDirectory["ruleSetHash"]!.GetValue<string>());
        var changed = JsonNode.Parse(Json("--evaluation-date", "2026-11-26", "--set", "PR4007.minimumBarriers=5", Example("youth-transitions")))!["stamp"]!;
        Assert.NotEqual(plain["ruleSetHash"]!.GetValue<string>(), changed["ruleSetHash"]!.GetValue<string>());
    }

    [Fact]
    public void Findings_come_in_one_stable_order_in_every_format()
    {
        var example = Example("community-regeneration");
        var json = JsonNode.Parse(Json("--evaluation-date", "2026-11-26", example))!["cases"]![0]!["findings"]!.AsArray()
            .Select(f => f!["ruleId"]!.GetValue<string>()).ToList();

        // severity (most severe first), then category, then id, then location
        var rank = new Dictionary<string, int> { ["error"] = 0, ["warning"] = 1, ["suggestion"] = 2, ["silent"] = 3 };
        var rules = PartnershipAnalyzer.CreateDefault().Rules.ToDictionary(r => r.Id);
        var severities = JsonNode.Parse(Json("--evaluation-date", "2026-11-26", example))!["cases"]![0]!["findings"]!.AsArray()
            .ToDictionary(f => f!["ruleId"]!.GetValue<string>(), f => rank[f!["severity"]!.GetValue<string>()]);
        var expected = json.OrderBy(id => severities[id]).ThenBy(id => rules[id].Category).ThenBy(id => id, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, json);

        using var sarifOut = new StringWriter();
        Program.Run(new[] { "check", "--format", "sarif", "--fail-on", "never", example }, sarifOut, new StringWriter());
        var sarif = JsonDocument.Parse(sarifOut.ToString()).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("kind").GetString() == "fail").Select(r => r.GetProperty("ruleId").GetString()!).ToList();
        Assert.Equal(json, sarif);

        // Text groups findings into issues, in the assessment's order (JSON's "assessment.issues"), and at detailed
        // verbosity lists every finding under its issue.
        var issues = JsonNode.Parse(Json("--evaluation-date", "2026-11-26", example))!["cases"]![0]!["assessment"]!["issues"]!.AsArray()
            .Select(i => i!["rules"]![0]!.GetValue<string>()).ToList();
        using var textOut = new StringWriter();
        Program.Run(new[] { "check", "--fail-on", "never", example }, textOut, new StringWriter());
        var text = System.Text.RegularExpressions.Regex.Matches(textOut.ToString(), @"(?m)^\S.*\): (?:error|warning|suggestion|silent) (PR[0-9]+)[,:]").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(issues, text);

        using var detailedOut = new StringWriter();
        Program.Run(new[] { "check", "--fail-on", "never", "--verbosity", "detailed", example }, detailedOut, new StringWriter());
        var detailed = System.Text.RegularExpressions.Regex.Matches(detailedOut.ToString(), @"(?m)^    \S.*\): (?:error|warning|suggestion|silent) (PR[0-9]+):").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(json.OrderBy(r => r, StringComparer.Ordinal), detailed.OrderBy(r => r, StringComparer.Ordinal));
    }
}
