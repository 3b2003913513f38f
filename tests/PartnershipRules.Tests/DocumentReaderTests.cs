using System.Text;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Facts;

namespace PartnershipRules.Tests;

public class DocumentReaderTests
{
    private static (string Id, int Line, int Column) Read(string text, DocumentLimits? limits = null) => Read(Encoding.UTF8.GetBytes(text), limits);

    private static (string Id, int Line, int Column) Read(byte[] bytes, DocumentLimits? limits = null)
    {
        var result = DocumentReader.Read("doc.yaml", bytes, limits ?? DocumentLimits.RuleFiles);
        Assert.Null(result.Root);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("doc.yaml", diagnostic.Location!.FilePath);
        return (diagnostic.Id, diagnostic.Location.Line, diagnostic.Location.Column);
    }

    [Fact]
    public void Syntax_error_is_located() => Assert.Equal(("PR0004", 3, 1), Read("a: 1\nb: [1, 2\n"));

    [Fact]
    public void Alias_is_refused_where_the_anchor_is() => Assert.Equal(("PR0005", 1, 4), Read("a: &x 1\nb: *x\n"));

    [Fact]
    public void Alias_bomb_is_refused_at_its_first_anchor()
    {
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\n";
        Assert.Equal(("PR0005", 1, 4), Read(bomb));
    }

    [Fact]
    public void Custom_tag_is_refused() => Assert.Equal(("PR0006", 1, 4), Read("a: !!python/object:os.system ls\n"));

    [Fact]
    public void Duplicate_key_is_refused_at_the_second_occurrence() => Assert.Equal(("PR0007", 3, 3), Read("a:\n  b: 1\n  b: 2\n"));

    [Fact]
    public void Deep_nesting_is_refused_without_recursion()
    {
        var deep = new string('[', 1_000_000);
        var (id, line, column) = Read(deep, new DocumentLimits { MaxFileBytes = 2_000_000 });
        Assert.Equal("PR0008", id);
        Assert.Equal(1, line);
        Assert.Equal(33, column);
    }

    [Fact]
    public void Long_value_is_refused() => Assert.Equal(("PR0009", 1, 4), Read("a: " + new string('x', 100) + "\n", new DocumentLimits { MaxScalarLength = 50 }));

    [Fact]
    public void Too_many_values_is_refused() => Assert.Equal("PR0010", Read("[1, 2, 3, 4, 5]", new DocumentLimits { MaxNodes = 3 }).Id);

    [Fact]
    public void Large_file_is_refused_before_parsing() => Assert.Equal(("PR0002", 1, 1), Read(new byte[300], new DocumentLimits { MaxFileBytes = 200 }));

    [Fact]
    public void Invalid_utf8_is_located() => Assert.Equal(("PR0003", 2, 4), Read(new byte[] { (byte)'a', (byte)':', (byte)'\n', (byte)'b', (byte)':', (byte)' ', 0xC3, 0x28 }));

    [Fact]
    public void Empty_file_is_refused() => Assert.Equal(("PR0011", 1, 1), Read(string.Empty));

    [Fact]
    public void Several_documents_are_refused() => Assert.Equal("PR0011", Read("a: 1\n---\nb: 2\n").Id);

    [Fact]
    public void Complex_key_is_refused() => Assert.Equal("PR0012", Read("? [a, b]\n: 1\n").Id);

    [Fact]
    public void Json_reads_like_yaml()
    {
        var result = DocumentReader.Read("case.json", Encoding.UTF8.GetBytes("{\"partnership\": {\"name\": \"A\\/B\", \"level\": \"strategic\"}}"), DocumentLimits.CaseFiles);
        var root = Assert.IsType<DocMapping>(result.Root);
        var partnership = Assert.IsType<DocMapping>(root.Find("partnership")!.Value);
        Assert.Equal("A/B", Assert.IsType<DocScalar>(partnership.Find("name")!.Value).Value);
    }

    [Fact]
    public void Byte_order_mark_is_skipped_and_said_so()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("a: 1\n")).ToArray();
        var result = DocumentReader.Read("bom.yaml", bytes, DocumentLimits.RuleFiles);
        Assert.NotNull(result.Root);
        var note = Assert.Single(result.Diagnostics);
        Assert.Equal(("PR0013", Severity.Suggestion, 1, 1), (note.Id, note.Severity, note.Location!.Line, note.Location.Column));
    }

    [Fact]
    public void Tab_in_indentation_is_named_as_such() => Assert.Equal(("PR0014", 3, 1), Read("a:\n  b: 1\n\tc: 2\n"));

    [Fact]
    public void Json_indented_with_tabs_still_reads()
    {
        var result = DocumentReader.Read("case.json", Encoding.UTF8.GetBytes("{\n\t\"partnership\": {\n\t\t\"name\": \"A\"\n\t}\n}\n"), DocumentLimits.CaseFiles);
        Assert.NotNull(result.Root);
    }

    [Fact]
    public void Deep_nesting_is_safe_on_a_thread_with_a_256_KB_stack()
    {
        // YamlDotNet's own depth check overflowed 1-2 MB stacks; the reader's non-recursive pass must not need one.
        (string, int, int) outcome = default;
        Exception? failure = null;
        var thread = new System.Threading.Thread(
            () =>
            {
                try
                {
                    outcome = Read(new string('[', 1_000_000) + "\n", new DocumentLimits { MaxFileBytes = 2_000_000 });
                    var nested = string.Concat(Enumerable.Repeat("- ", 100_000)) + "x\n";
                    Assert.Equal("PR0008", Read(nested, new DocumentLimits { MaxFileBytes = 2_000_000 }).Id);
                }
                catch (Exception ex)
                {
                    failure = ex;
                }
            },
            maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
        Assert.Equal(("PR0008", 1, 33), outcome);
    }
}
