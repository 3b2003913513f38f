using System.Text.Json;
using PartnershipRules.Cli;
using PartnershipRules.Engine;
using PartnershipRules.Facts;

namespace PartnershipRules.Tests;

/// <summary>
/// SARIF output against the official SARIF 2.1.0 schema (OASIS errata01, draft-04), which lives beside the repository
/// in ../shared/schemas. Where that folder is absent the validation tests report themselves skipped, with the reason.
/// </summary>
public class SarifTests
{
    internal static readonly string SchemaPath = Path.GetFullPath(Path.Combine(RepoFiles.Root, "..", "shared", "schemas", "sarif-schema-2.1.0.json"));

    internal static readonly Lazy<NJsonSchema.JsonSchema> Schema = new(() => NJsonSchema.JsonSchema.FromFileAsync(SchemaPath).GetAwaiter().GetResult());

    private static string Sarif(params string[] caseFiles)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Program.Run(new[] { "check", "--format", "sarif", "--fail-on", "never" }.Concat(caseFiles).ToArray(), output, error);
        return output.ToString();
    }

    private static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "rules", "examples", name + ".yaml");

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "rules", "examples"), "*.yaml").OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [SarifSchemaTheory]
    [MemberData(nameof(Examples))]
    public void Sarif_of_every_example_validates_against_the_official_schema(string example)
    {
        var errors = Schema.Value.Validate(Sarif(Example(example)));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20).Select(e => e.ToString())));
    }

    [SarifSchemaFact]
    public void The_schema_check_is_not_vacuous()
    {
        var broken = Sarif(Example("youth-transitions")).Replace("\"level\": \"warning\"", "\"level\": \"fatal\"", StringComparison.Ordinal);
        Assert.NotEmpty(Schema.Value.Validate(broken));
    }

    [SarifSchemaFact]
    public void A_suppressed_finding_carries_its_justification_and_the_check_passes()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("pr-sarif-").FullName, "board.yaml");
        File.WriteAllText(file, File.ReadAllText(Example("strategic-board")) + "suppressions:\n  - rule: PR4102\n    justification: Restructuring ends in December.\n");
        using var output = new StringWriter();
        var exit = Program.Run(new[] { "check", "--format", "sarif", "--severity", "PR4102=error", file }, output, new StringWriter());
        Assert.Equal(0, exit); // PR4102, made an error here, was the case's only error, and it is suppressed
        Assert.Empty(Schema.Value.Validate(output.ToString()));
        using var sarif = JsonDocument.Parse(output.ToString());
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "PR4102");
        Assert.Equal("Restructuring ends in December.", result.GetProperty("suppressions")[0].GetProperty("justification").GetString());
        Assert.Equal("inSource", result.GetProperty("suppressions")[0].GetProperty("kind").GetString());
    }

    [SarifSchemaFact]
    public void Help_links_become_absolute_help_uris_under_a_published_base()
    {
        var sarif = Sarif("--help-uri-base", "https://example.invalid/partnership-rules/rules/", Example("youth-transitions"));
        Assert.Empty(Schema.Value.Validate(sarif));
        using var document = JsonDocument.Parse(sarif);
        var rule = document.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];
        Assert.Equal("https://example.invalid/partnership-rules/rules/docs/" + rule.GetProperty("id").GetString() + ".md", rule.GetProperty("helpUri").GetString());
    }

    [Fact]
    public void Sarif_describes_every_rule_and_locates_results_in_the_case_file()
    {
        using var sarif = JsonDocument.Parse(Sarif(Example("community-regeneration")));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(PartnershipAnalyzer.CreateDefault().Rules.Count, rules.Count);
        var pr4007 = rules.Single(r => r.GetProperty("id").GetString() == "PR4007");
        Assert.Equal("note", pr4007.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("avoid_collaboration", pr4007.GetProperty("properties").GetProperty("category").GetString());
        Assert.Contains("PTN-AVD-007", pr4007.GetProperty("properties").GetProperty("criteria").EnumerateArray().Select(c => c.GetString()));
        Assert.NotEmpty(pr4007.GetProperty("properties").GetProperty("citations").EnumerateArray());

        var result = run.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "PR4004");
        Assert.Equal("warning", result.GetProperty("level").GetString()); // hedged in the paper ("best avoided"): at most a warning
        var location = result.GetProperty("locations")[0];
        Assert.EndsWith("rules/examples/community-regeneration.yaml", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        Assert.True(location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32() > 0);
        Assert.StartsWith("partnership.funding[0]", location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString(), StringComparison.Ordinal);
        Assert.Contains(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("kind").GetString() == "open" && r.GetProperty("level").GetString() == "none");
    }
}

/// <summary>A fact that needs the official SARIF schema: skipped, with the reason, where ../shared/schemas is absent.</summary>
public sealed class SarifSchemaFactAttribute : FactAttribute
{
    public SarifSchemaFactAttribute()
    {
        if (!File.Exists(SarifTests.SchemaPath))
        {
            Skip = "The official SARIF 2.1.0 schema is not beside the repository (" + SarifTests.SchemaPath + "); CI provides it.";
        }
    }
}

/// <summary>The theory form of <see cref="SarifSchemaFactAttribute"/>.</summary>
public sealed class SarifSchemaTheoryAttribute : TheoryAttribute
{
    public SarifSchemaTheoryAttribute()
    {
        if (!File.Exists(SarifTests.SchemaPath))
        {
            Skip = "The official SARIF 2.1.0 schema is not beside the repository (" + SarifTests.SchemaPath + "); CI provides it.";
        }
    }
}
