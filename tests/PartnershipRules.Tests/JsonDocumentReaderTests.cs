using System.Text;
using System.Text.Json;
using PartnershipRules.Documents;

namespace PartnershipRules.Tests;

/// <summary>
/// JSON documents are read by System.Text.Json (<see cref="JsonDocumentReader"/>) into the same nodes, locations and
/// diagnostics as the YAML parser gives for the same text; anything that is not JSON still goes to the YAML parser.
/// </summary>
public class JsonDocumentReaderTests
{
    private static readonly DocumentLimits Limits = DocumentLimits.CaseFiles;

    public static TheoryData<string> Examples() => new(Directory.GetFiles(Path.Combine(RepoFiles.Root, "rules", "examples"), "*.yaml").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_as_json_reads_the_same_as_through_the_yaml_parser(string example)
    {
        var yaml = DocumentReader.ReadYaml(example, File.ReadAllText(Path.Combine(RepoFiles.Root, "rules", "examples", example)), Limits);
        foreach (var indented in new[] { true, false })
        {
            var json = ToJson(yaml.Root!, indented);
            var fast = JsonDocumentReader.TryRead("case.json", json, Limits);

            Assert.NotNull(fast);
            Assert.Equal(Describe(DocumentReader.ReadYaml("case.json", json, Limits)), Describe(fast!));
        }
    }

    [Theory]
    [InlineData("{\"a\": 1, \"a\": 2}")]
    [InlineData("{\"partnership\": {\"name\": \"Caf\\u00e9 \\\"Nord\\\"\", \"n\": -1.5e3, \"t\": true, \"f\": false, \"z\": null, \"list\": [1, \"2\", [], {}]}}")]
    [InlineData("[{\"k\": \"ünïcödé before\", \"x\": 1}]")]
    [InlineData("{}")]
    [InlineData("\n\n   {\"late\":\n  [\n 1]}")]
    public void Edge_cases_read_the_same_as_through_the_yaml_parser(string json)
    {
        var fast = JsonDocumentReader.TryRead("case.json", json, Limits);

        Assert.NotNull(fast);
        Assert.Equal(Describe(DocumentReader.ReadYaml("case.json", json, Limits)), Describe(fast!));
    }

    [Fact]
    public void Limits_give_the_same_diagnostics_at_the_same_place()
    {
        var tight = new DocumentLimits { MaxDepth = 3, MaxNodes = 12, MaxListItems = 2, MaxScalarLength = 5 };
        foreach (var json in new[] { "{\"a\":{\"b\":{\"c\":{\"d\":1}}}}", "[1,2,3]", "{\"name\":\"toolong\"}", "{\"a\":[1,2],\"b\":[1,2],\"c\":[1,2],\"d\":[1,2]}" })
        {
            var fast = JsonDocumentReader.TryRead("case.json", json, tight)!;
            Assert.Null(fast.Root);
            Assert.Equal(Describe(DocumentReader.ReadYaml("case.json", json, tight)), Describe(fast));
        }
    }

    [Theory]
    [InlineData("{partnership: {name: A}}")]
    [InlineData("partnership:\n  name: A\n")]
    [InlineData("{\"a\": 1,}")]
    [InlineData("{\"a\": 1} # a comment")]
    [InlineData("\"just a string\"")]
    [InlineData("{\"name\": \"\\udfff\"}")]
    [InlineData("")]
    public void Text_that_is_not_a_json_document_is_left_to_the_yaml_parser(string text) =>
        Assert.Null(JsonDocumentReader.TryRead("case.yaml", text, Limits));

    private static string Describe(DocumentReadResult read) =>
        string.Join("\n", read.Diagnostics.Select(d => d.Id + " " + d.Location)) + "\n" + (read.Root is null ? "(none)" : Describe(read.Root));

    private static string Describe(DocNode node) => node switch
    {
        DocScalar s => $"{s.Location.Line}:{s.Location.Column} {(s.IsPlain ? "plain" : "quoted")} {s.Value}",
        DocSequence q => $"{q.Location.Line}:{q.Location.Column} [" + string.Join(", ", q.Items.Select(Describe)) + "]",
        DocMapping m => $"{m.Location.Line}:{m.Location.Column} {{" + string.Join(", ", m.Entries.Select(e => Describe(e.Key) + " = " + Describe(e.Value))) + "}",
        _ => throw new InvalidOperationException(),
    };

    private static string ToJson(DocNode root, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, root);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, DocNode node)
    {
        switch (node)
        {
            case DocMapping mapping:
                writer.WriteStartObject();
                foreach (var entry in mapping.Entries)
                {
                    writer.WritePropertyName(entry.Key.Value);
                    Write(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case DocSequence sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case DocScalar { IsPlain: true } plain when plain.IsNull:
                writer.WriteNullValue();
                break;
            case DocScalar { IsPlain: true, Value: "true" or "false" } flag:
                writer.WriteBooleanValue(flag.Value == "true");
                break;
            case DocScalar { IsPlain: true } number when double.TryParse(number.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _) && !number.Value.Contains('_'):
                writer.WriteRawValue(number.Value);
                break;
            case DocScalar scalar:
                writer.WriteStringValue(scalar.Value);
                break;
        }
    }
}
