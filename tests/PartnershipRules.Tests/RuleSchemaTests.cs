using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PartnershipRules.Documents;
using PartnershipRules.Reporting.Schemas;

namespace PartnershipRules.Tests;

/// <summary>
/// The JSON Schemas for rule files and rule tests are generated from the loader's own model, committed, and every
/// file in rules/ must validate against them, so editor completion never disagrees with the loader.
/// </summary>
public class RuleSchemaTests
{
    private static readonly string RepoRules = RepoFiles.Rules;

    public static TheoryData<string> RuleFiles() => Files(RepoRules, SearchOption.TopDirectoryOnly, "*.yaml");

    public static TheoryData<string> TestFiles() => Files(Path.Combine(RepoRules, "tests"), SearchOption.AllDirectories, "*.yaml");

    [Theory]
    [InlineData("rules.schema.json")]
    [InlineData("rule-tests.schema.json")]
    public void Committed_schema_is_current(string name)
    {
        var generated = name == "rules.schema.json" ? RuleJsonSchema.GenerateRules() : RuleJsonSchema.GenerateRuleTests();
        RepoFiles.AssertCurrent(Path.Combine(RepoRules, "schemas", name), generated, "PARTNERSHIPRULES_UPDATE_SCHEMA");
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Rule_file_validates_against_its_schema_and_names_it(string file)
    {
        var path = Path.Combine(RepoRules, file);
        var text = File.ReadAllText(path);
        var root = Read(path);
        var kind = root is JsonObject o && o.ContainsKey("rules") ? "rules" : null;
        if (kind is null)
        {
            return; // the bibliography and the criteria list are reference files, not rules
        }

        Assert.StartsWith("# yaml-language-server: $schema=schemas/rules.schema.json", text, StringComparison.Ordinal);
        AssertValid(Schema("rules.schema.json"), root, path);
    }

    [Theory]
    [MemberData(nameof(TestFiles))]
    public void Rule_test_file_validates_against_its_schema_and_names_it(string file)
    {
        var path = Path.Combine(RepoRules, "tests", file);
        Assert.StartsWith("# yaml-language-server: $schema=../schemas/rule-tests.schema.json", File.ReadAllText(path), StringComparison.Ordinal);
        AssertValid(Schema("rule-tests.schema.json"), Read(path), path);
    }

    [Theory]
    [InlineData("condition: {fact: sector, equals: community}", "/rules/0/condition")]
    [InlineData("condition: {some: partners, where: {fact: fundingBasis, equals: lottery_money}}", "/rules/0/condition")]
    [InlineData("severity: loud", "/rules/0/severity")]
    [InlineData("sevrity: warning", "/rules/0")]
    public void Schema_flags_what_the_loader_rejects(string change, string where)
    {
        var key = change.Substring(0, change.IndexOf(':', StringComparison.Ordinal));
        var rule = new Dictionary<string, string>
        {
            ["id"] = "PR9990", ["title"] = "t", ["message"] = "m", ["category"] = "barriers", ["kind"] = "barrier",
            ["severity"] = "warning", ["description"] = "d", ["criteria"] = "[PTN-BAR-001]", ["advice"] = "a",
            ["condition"] = "{fact: name, is: known}",
            ["citations"] = "[{source: tett-2005, section: Partnerships, quote: \"Lack of organisational flexibilities\"}]",
        };
        rule.Remove(key == "sevrity" ? "severity" : key);
        var yaml = "rules:\n  - " + string.Join("\n    ", rule.Select(p => p.Key + ": " + p.Value).Append(change));
        var root = ToJson(DocumentReader.ReadText("t.yaml", yaml, DocumentLimits.RuleFiles).Root!);
        var results = Schema("rules.schema.json").Evaluate(JsonSerializer.SerializeToElement(root), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.False(results.IsValid, yaml);
        Assert.Contains(results.Details!, d => d.Errors is { Count: > 0 } && d.InstanceLocation.ToString().StartsWith(where, StringComparison.Ordinal));
    }

    private static TheoryData<string> Files(string directory, SearchOption option, string pattern)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(directory, pattern, option).OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(directory, file));
        }

        return data;
    }

    private static JsonSchema Schema(string name)
    {
        // Each schema gets its own registry so that rule-tests.schema.json resolves case.schema.json beside it.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var directory = Path.Combine(RepoRules, "schemas");
        JsonSchema.FromFile(Path.Combine(directory, "case.schema.json"), options);
        return JsonSchema.FromFile(Path.Combine(directory, name), options);
    }

    private static void AssertValid(JsonSchema schema, JsonNode? root, string path)
    {
        var results = schema.Evaluate(JsonSerializer.SerializeToElement(root), new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (results.Details ?? new List<EvaluationResults>())
            .Where(d => d.Errors is { Count: > 0 })
            .Select(d => d.InstanceLocation + ": " + string.Join("; ", d.Errors!.Values))
            .Distinct()
            .Take(20);
        Assert.True(results.IsValid, path + "\n" + string.Join("\n", errors));
    }

    private static JsonNode? Read(string path)
    {
        var read = DocumentReader.ReadFile(path, DocumentLimits.RuleFiles);
        Assert.Empty(read.Diagnostics);
        return ToJson(read.Root!);
    }

    /// <summary>YAML to JSON as an editor's YAML language server sees it: plain true/false/numbers are typed, the rest are strings.</summary>
    private static JsonNode? ToJson(DocNode node) => node switch
    {
        DocMapping mapping => new JsonObject(mapping.Entries.Select(e => new KeyValuePair<string, JsonNode?>(e.Key.Value, ToJson(e.Value)))),
        DocSequence sequence => new JsonArray(sequence.Items.Select(ToJson).ToArray()),
        DocScalar { IsNull: true } => null,
        DocScalar { IsPlain: true, Value: "true" or "false" } s => JsonValue.Create(s.Value == "true"),
        DocScalar { IsPlain: true } s when double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        DocScalar s => JsonValue.Create(s.Value),
        _ => null,
    };
}
