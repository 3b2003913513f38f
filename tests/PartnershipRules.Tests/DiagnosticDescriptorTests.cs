using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using PartnershipRules.Cases;
using PartnershipRules.Cli;
using PartnershipRules.Diagnostics;

namespace PartnershipRules.Tests;

/// <summary>
/// Diagnostics as Roslyn has them: every descriptor listed once, each message format saying what is wrong in its own
/// words (never a bare placeholder), and the other places a problem involves carried as additional locations, shown
/// in text and as SARIF related locations.
/// </summary>
public class DiagnosticDescriptorTests
{
    private static readonly Regex Placeholder = new(@"\{\d+(:[^}]*)?\}", RegexOptions.CultureInvariant);

    private static IEnumerable<DiagnosticDescriptor> Declared() =>
        typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);

    [Fact]
    public void Every_declared_descriptor_is_listed_once() =>
        Assert.Equal(Declared().Select(d => d.Id).OrderBy(i => i, StringComparer.Ordinal), DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(i => i, StringComparer.Ordinal));

    [Fact]
    public void No_message_format_is_only_a_placeholder()
    {
        // What is left once the placeholders are taken out must still say something: at least three words.
        var bare = DiagnosticDescriptors.All
            .Where(d => Placeholder.Replace(d.MessageFormat, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3)
            .Select(d => d.Id + ": " + d.MessageFormat)
            .ToList();
        Assert.True(bare.Count == 0, "Formats that say nothing of their own:\n" + string.Join("\n", bare));
    }

    [Fact]
    public void Ids_follow_the_families()
    {
        Assert.All(DiagnosticDescriptors.All, d => Assert.Matches("^PR(0|L|C|T|G|S|E|H|O)[0-9]{3}$", d.Id));
        Assert.DoesNotContain(DiagnosticDescriptors.All, d => d.Severity == Severity.None || d.Severity == Severity.Silent);
    }

    [Fact]
    public void A_diagnostic_carries_its_descriptor_and_the_first_place_of_a_duplicate()
    {
        var read = CaseFile.Parse("case.yaml", "partnership:\n  name: A\n  name: B\n");
        var duplicate = Assert.Single(read.Diagnostics);
        Assert.Same(DiagnosticDescriptors.DuplicateKey, duplicate.Descriptor);
        Assert.Equal(("case.yaml", 2, 3), (duplicate.AdditionalLocations.Single().FilePath, duplicate.AdditionalLocations.Single().Line, duplicate.AdditionalLocations.Single().Column));
        Assert.Equal("case.yaml(3,3): error PR0007: The key 'name' appears more than once in this mapping; keep one. (first written at case.yaml(2,3))", duplicate.ToString());
    }

    [Fact]
    public void A_note_prints_as_info_as_compilers_print_it()
    {
        var read = CaseFile.Parse("case.yaml", "\uFEFFpartnership:\n  name: A\n");
        Assert.Equal("case.yaml(1,1): info PR0013: The file starts with a UTF-8 byte-order mark; it was skipped. Saving the file as UTF-8 without a BOM avoids this note.", Assert.Single(read.Diagnostics).ToString());
    }

    [SarifSchemaFact]
    public void Validate_writes_sarif_with_the_first_place_of_a_duplicate_rule_as_a_related_location()
    {
        var directory = Directory.CreateTempSubdirectory("pr-related-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "a.yaml"), RuleText.Rule("PR9001", "fact: name\nis: known"));
            File.WriteAllText(Path.Combine(directory, "b.yaml"), RuleText.Rule("PR9001", "fact: name\nis: known"));
            using var output = new StringWriter();
            var exit = Program.Run(new[] { "validate", "--rules", directory, "--format", "sarif" }, output, new StringWriter());
            Assert.Equal(2, exit);

            var errors = NJsonSchema.JsonSchema.FromFileAsync(SarifTests.SchemaPath).GetAwaiter().GetResult().Validate(output.ToString());
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20).Select(e => e.ToString())));

            using var sarif = JsonDocument.Parse(output.ToString());
            var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "PRL006");
            var related = Assert.Single(result.GetProperty("relatedLocations").EnumerateArray());
            Assert.EndsWith("a.yaml", related.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
            Assert.Equal("first used at", related.GetProperty("message").GetProperty("text").GetString());
            Assert.EndsWith("b.yaml", result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
