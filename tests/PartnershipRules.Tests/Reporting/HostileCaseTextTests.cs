using System.Text.Json;
using System.Text.RegularExpressions;

namespace PartnershipRules.Tests.Reporting;

/// <summary>
/// Case text cannot forge output. The README's example with its partnership, first partner and first representative
/// renamed to markup, Markdown emphasis and links, ANSI escape sequences, line breaks and a line shaped like a
/// compiler diagnostic: every format keeps the text (nothing lost) and none lets it act (no element, no emphasis, no
/// escape sequence, no forged line). A test per format, and one for diagnostics.
/// </summary>
public class HostileCaseTextTests
{
    /// <summary>The name as the case file spells it (YAML double-quoted: \e is ESC).</summary>
    private const string YamlName = "\"<script>alert(1)</script> <img src=x onerror=alert(1)> **bold** _em_ [link](http://evil.example) \\e[2J\\e[31mred\\nx.yaml(1,1): error PR0001: forged\\r\\n# Heading | cell |\"";

    /// <summary>The same name as the model holds it.</summary>
    private const string Name = "<script>alert(1)</script> <img src=x onerror=alert(1)> **bold** _em_ [link](http://evil.example) \u001b[2J\u001b[31mred\nx.yaml(1,1): error PR0001: forged\r\n# Heading | cell |";

    private static readonly Lazy<string> CaseFile = new(() =>
    {
        // The partnership's name, the first partner's and the first representative's: the first three "name:" keys.
        var lines = File.ReadAllLines(ToolRunner.Example("community-regeneration"));
        var renamed = 0;
        for (var i = 0; i < lines.Length && renamed < 3; i++)
        {
            if (Regex.Match(lines[i], @"^(\s*(?:- )?)name: ") is { Success: true } key)
            {
                lines[i] = key.Groups[1].Value + "name: " + YamlName;
                renamed++;
            }
        }

        var path = Path.Combine(Directory.CreateTempSubdirectory("pr-hostile-").FullName, "hostile.yaml");
        File.WriteAllLines(path, lines);
        return path;
    });

    private static string Check(string format, params string[] more)
    {
        var (exit, output, error) = ToolRunner.Run(new[] { "check", CaseFile.Value, "--fail-on", "never", "--format", format }.Concat(more).ToArray());
        Assert.True(exit == 0, error);
        Assert.Contains("forged", output, StringComparison.Ordinal); // the text is there, not dropped
        return output;
    }

    private static void AssertNoControlCharacters(string output) =>
        Assert.DoesNotContain(output, c => c < ' ' && c != '\n' && c != '\r' && c != '\t');

    /// <summary>No line of the output begins with text from the case.</summary>
    private static void AssertNoForgedLine(string output) =>
        Assert.DoesNotContain(output.Split('\n'), l => l.StartsWith("x.yaml(1,1)", StringComparison.Ordinal) || l.StartsWith("# Heading", StringComparison.Ordinal));

    [Fact]
    public void Text_shows_control_characters_and_line_breaks_as_escapes()
    {
        foreach (var verbosity in new[] { "normal", "detailed", "diagnostic" })
        {
            var text = Check("text", "--verbosity", verbosity);
            AssertNoControlCharacters(text.Replace("\r\n", "\n", StringComparison.Ordinal));
            AssertNoForgedLine(text);
            Assert.Contains(@"\u001B[2J\u001B[31mred\nx.yaml(1,1): error PR0001: forged\r\n# Heading", text, StringComparison.Ordinal);

            // Every compiler-shaped line is about the case file itself.
            Assert.All(Regex.Matches(text, @"(?m)^\s*\S+\(\d+,\d+\): (?:error|warning|info|suggestion|silent) ").Select(m => m.Value.TrimStart()),
                line => Assert.StartsWith(CaseFile.Value, line, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Markdown_escapes_markup_emphasis_links_and_line_starts()
    {
        var markdown = Check("markdown", "--verbosity", "detailed");
        AssertNoControlCharacters(markdown);
        AssertNoForgedLine(markdown);
        Assert.DoesNotContain("<script", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("**bold**", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("](http://evil", markdown, StringComparison.Ordinal);
        Assert.Contains(@"&lt;script&gt;alert\(1\)&lt;/script&gt;", markdown, StringComparison.Ordinal);
        Assert.Contains(@"\*\*bold\*\* \_em\_ \[link\]\(http://evil.example\)", markdown, StringComparison.Ordinal);
        Assert.Contains(@"\# Heading \| cell \|", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_keeps_case_text_as_text_and_never_as_elements()
    {
        var html = Check("html", "--verbosity", "detailed");
        AssertNoControlCharacters(html);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script, img, iframe, object, embed, a[href^='http']"));
        Assert.StartsWith("<script>alert(1)</script> <img src=x onerror=alert(1)> **bold**", document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("What the research says: <script>", document.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Json_and_sarif_escape_markup_and_control_characters_and_keep_the_exact_text(string format)
    {
        var output = Check(format);
        AssertNoControlCharacters(output);
        Assert.DoesNotContain("<script", output, StringComparison.Ordinal);
        Assert.Contains(@"\u003Cscript\u003E", output, StringComparison.Ordinal);
        Assert.Contains(@"\u001B[2J", output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(output);
        var name = format == "json"
            ? document.RootElement.GetProperty("cases")[0].GetProperty("partnership").GetString()
            : document.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("properties").GetProperty("partnership").GetString();
        Assert.Equal(Name, name);
    }

    [SarifSchemaFact]
    public void Sarif_of_hostile_text_is_still_schema_valid()
    {
        var schema = NJsonSchema.JsonSchema.FromFileAsync(SarifTests.SchemaPath).GetAwaiter().GetResult();
        Assert.Empty(schema.Validate(Check("sarif")));
    }

    [Fact]
    public void Diagnostics_quote_case_text_on_one_line()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("pr-hostile-").FullName, "hostile.yaml");
        File.WriteAllText(path, File.ReadAllText(ToolRunner.Example("community-regeneration"))
            .Replace("stability: unstable", "stability: \"unstable\\e[2J\\nx.yaml(1,1): error PR0001: forged\"", StringComparison.Ordinal)
            + "\n\"evil\\e[31m\\nx.yaml(1,1): error PR0001: forged\": 1\n");
        var (exit, _, error) = ToolRunner.Run("check", path);
        Assert.Equal(2, exit);
        AssertNoControlCharacters(error.Replace("\r\n", "\n", StringComparison.Ordinal));
        var lines = error.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.StartsWith(path + "(", l, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(@"'unstable\u001B[2J\nx.yaml(1,1): error PR0001: forged' is not allowed", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(@"'evil\u001B[31m\nx.yaml(1,1): error PR0001: forged' is not a field", StringComparison.Ordinal));
    }
}
