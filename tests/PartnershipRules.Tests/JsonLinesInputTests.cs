using System.Text;
using System.Text.Json;
using PartnershipRules.Cli;

namespace PartnershipRules.Tests;

/// <summary>
/// How a JSON Lines input is split and decoded (issue 16): at <c>\n</c> only, strictly as UTF-8, each line within the
/// case size limit, and a file that is not JSON lines refused once.
/// </summary>
public sealed class JsonLinesInputTests : IDisposable
{
    private static readonly string Good = "{\"partnership\":{\"name\":\"A\",\"partners\":[{\"id\":\"P1\",\"sector\":\"community\"}]}}";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("pr-jsonl-input-");

    public void Dispose() => _folder.Delete(recursive: true);

    private (int Exit, List<JsonElement> Results, string Err) Batch(byte[] input, params string[] more)
    {
        var path = Path.Combine(_folder.FullName, "cases.jsonl");
        File.WriteAllBytes(path, input);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = Program.Run(new[] { "check", "--input", path, "--format", "jsonl", "--parallel", "1" }.Concat(more).ToArray(), output, error);
        var results = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        return (exit, results, error.ToString());
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void A_carriage_return_inside_a_line_does_not_split_it_and_crlf_line_ends_are_tolerated()
    {
        var input = Utf8(Good + "\r\n" + "{\"partnership\":\r{\"name\":\"B\"}}\r\n" + Good.Replace("\"A\"", "\"C\"", StringComparison.Ordinal) + "\n");

        var (_, results, _) = Batch(input);

        Assert.Equal(new[] { 1, 2, 3 }, results.Select(r => r.GetProperty("line").GetInt32()));
        Assert.Equal(new[] { "A", "B", "C" }, results.Select(r => r.GetProperty("partnership").GetString()));
    }

    [Fact]
    public void A_line_that_is_not_utf8_is_refused_with_its_line_number_and_the_batch_goes_on()
    {
        var bad = Utf8("{\"partnership\":{\"name\":\"").Concat(new byte[] { 0xC3, 0x28 }).Concat(Utf8("\"}}")).ToArray();
        var input = Utf8(Good + "\n").Concat(bad).Concat(Utf8("\n" + Good + "\n")).ToArray();

        var (_, results, _) = Batch(input);

        Assert.Equal(3, results.Count);
        Assert.True(results[1].GetProperty("error").GetBoolean());
        var diagnostic = results[1].GetProperty("diagnostics")[0];
        Assert.Equal("PR0003", diagnostic.GetProperty("id").GetString());
        Assert.Equal(2, diagnostic.GetProperty("line").GetInt32());
        Assert.False(results[2].TryGetProperty("error", out _));
    }

    [Fact]
    public void A_line_longer_than_a_case_may_be_is_refused_and_the_next_line_read()
    {
        var huge = "{\"partnership\":{\"name\":\"" + new string('x', 600_000) + "\"}}";
        var input = Utf8(huge + "\n" + Good + "\n");

        var (_, results, _) = Batch(input);

        Assert.Equal(2, results.Count);
        Assert.Equal("PR0017", results[0].GetProperty("diagnostics")[0].GetProperty("id").GetString());
        Assert.Equal("A", results[1].GetProperty("partnership").GetString());
    }

    [Fact]
    public void A_yaml_case_file_given_as_json_lines_is_one_error_and_writes_nothing()
    {
        var (exit, results, error) = Batch(File.ReadAllBytes(ToolRunner.Example("youth-transitions")));

        Assert.Equal(2, exit);
        Assert.Empty(results);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("error PR0018", StringComparison.Ordinal));
    }

    [Fact]
    public void The_line_reader_keeps_at_most_the_limit_of_a_long_line()
    {
        // 20 MB on one line with a 1 KB limit: refused, and only the limit was ever buffered.
        using var input = new RepeatingStream((byte)'x', 20_000_000, Utf8("\n" + Good + "\n"));
        var lines = PartnershipRules.Reporting.JsonLineReader.Read(input, "big.jsonl", 1024).ToList();

        Assert.Equal(2, lines.Count);
        Assert.Equal("PR0017", lines[0].Problem!.Id);
        Assert.Equal(Good, lines[1].Text);
    }

    /// <summary>A stream of one byte repeated, then a tail, without ever holding the repeated part.</summary>
    private sealed class RepeatingStream : Stream
    {
        private readonly byte _value;
        private readonly byte[] _tail;
        private long _remaining;
        private int _tailRead;

        public RepeatingStream(byte value, long count, byte[] tail) => (_value, _remaining, _tail) = (value, count, tail);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_remaining > 0)
            {
                var n = (int)Math.Min(count, _remaining);
                Array.Fill(buffer, _value, offset, n);
                _remaining -= n;
                return n;
            }

            var m = Math.Min(count, _tail.Length - _tailRead);
            Array.Copy(_tail, _tailRead, buffer, offset, m);
            _tailRead += m;
            return m;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
