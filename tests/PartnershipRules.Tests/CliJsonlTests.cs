using System.Text.Json;
using PartnershipRules.Cli;
using PartnershipRules.Facts;

namespace PartnershipRules.Tests;

/// <summary><c>check --input FILE --format jsonl</c>: one result per line, in order, an error result per bad line, and the batch goes on.</summary>
public class CliJsonlTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = Program.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static string CaseLine(string name, string sector, int partners = 1)
    {
        var list = Enumerable.Range(0, partners).Select(i => new Dictionary<string, object> { ["id"] = "P" + i, ["sector"] = sector, ["stability"] = i % 2 == 0 ? "unstable" : "unknown", ["statutoryDuty"] = false });
        return JsonSerializer.Serialize(new { partnership = new Dictionary<string, object> { ["name"] = name, ["alternativesConsidered"] = "unknown", ["resources"] = new { time = "extremely_limited" }, ["partners"] = list } });
    }

    private static string WriteInput(IEnumerable<string> lines)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("pr-jsonl-").FullName, "cases.jsonl");
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    private static List<JsonElement> Results(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [Fact]
    public void Each_line_gives_one_result_in_order_and_a_bad_line_an_error_result_with_its_line_number()
    {
        var input = WriteInput(new[]
        {
            CaseLine("first", "community"),
            "{\"partnership\": {\"name\": \"broken\", ",
            CaseLine("third", "public"),
            string.Empty,
            "{\"partnership\": {\"nmae\": \"misspelt\"}}",
            CaseLine("sixth", "voluntary", partners: 3),
        });
        var (exit, output, error) = Run("check", "--input", input, "--format", "jsonl", "--parallel", "2");
        var results = Results(output);

        // The blank line is not a case; every other line has exactly one result, in input order.
        Assert.Equal(new[] { 1, 2, 3, 5, 6 }, results.Select(r => r.GetProperty("line").GetInt32()));
        Assert.Equal("first", results[0].GetProperty("partnership").GetString());
        Assert.True(results[1].GetProperty("error").GetBoolean());
        Assert.Equal(2, results[1].GetProperty("diagnostics")[0].GetProperty("line").GetInt32());
        Assert.Equal("third", results[2].GetProperty("partnership").GetString());
        Assert.True(results[3].GetProperty("error").GetBoolean());
        Assert.Equal("PRC002", results[3].GetProperty("diagnostics")[0].GetProperty("id").GetString());
        Assert.Equal("sixth", results[4].GetProperty("partnership").GetString());
        Assert.Contains("5 lines: 3 evaluated, 2 with errors", error, StringComparison.Ordinal);

        // PR4002 (an unstable partner) is found on the first line; two lines had errors, so the batch exits 1.
        Assert.Contains(results[0].GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "PR4002");
        Assert.Equal(1, exit);
    }

    [Fact]
    public void Order_is_kept_with_two_workers_whatever_each_case_costs()
    {
        var lines = Enumerable.Range(1, 120).Select(i => CaseLine("case-" + i, i % 3 == 0 ? "community" : "private", partners: 1 + (i * 7 % 9))).ToList();
        var (_, output, _) = Run("check", "--input", WriteInput(lines), "--format", "jsonl", "--parallel", "2", "--fail-on", "never");
        var results = Results(output);
        Assert.Equal(Enumerable.Range(1, 120), results.Select(r => r.GetProperty("line").GetInt32()));
        Assert.Equal(Enumerable.Range(1, 120).Select(i => "case-" + i), results.Select(r => r.GetProperty("partnership").GetString()));
    }

    [Fact]
    public void A_line_gives_the_findings_the_json_report_gives_for_the_same_case()
    {
        var line = CaseLine("same", "community", partners: 2);
        var file = Path.Combine(Directory.CreateTempSubdirectory("pr-jsonl-").FullName, "same.json");
        File.WriteAllText(file, line);
        var report = JsonDocument.Parse(Run("check", "--format", "json", "--fail-on", "never", file).Out).RootElement.GetProperty("cases")[0];
        var result = Results(Run("check", "--input", WriteInput(new[] { line }), "--format", "jsonl", "--fail-on", "never").Out).Single();
        Assert.Equal(
            report.GetProperty("summary").EnumerateObject().Select(p => p.Name + "=" + p.Value.GetInt32()),
            result.GetProperty("summary").EnumerateObject().Select(p => p.Name + "=" + p.Value.GetInt32()));
        Assert.Equal(
            report.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString() + " " + f.GetProperty("message").GetString()),
            result.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString() + " " + f.GetProperty("message").GetString()));
        Assert.Equal(
            report.GetProperty("insufficientInformation").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()),
            result.GetProperty("insufficientInformation").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()));

        // The assessment in brief agrees with the report's.
        var assessment = report.GetProperty("assessment");
        var brief = result.GetProperty("assessment");
        Assert.Equal(assessment.GetProperty("verdict").GetProperty("kind").GetString(), brief.GetProperty("verdict").GetString());
        Assert.Equal(
            assessment.GetProperty("profile").EnumerateArray().Select(a => a.GetProperty("area").GetString() + "=" + a.GetProperty("band").GetString()),
            brief.GetProperty("bands").EnumerateObject().Select(p => p.Name + "=" + p.Value.GetString()));
        Assert.Equal(
            assessment.GetProperty("priorities").EnumerateArray().Select(p => p.GetString()),
            brief.GetProperty("priorities").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        Assert.Equal(
            assessment.GetProperty("questions").EnumerateArray().Take(10).Select(q => q.GetProperty("path").GetString()),
            brief.GetProperty("questions").EnumerateArray().Select(q => q.GetString()));
    }

    [Fact]
    public void An_input_that_cannot_be_opened_exits_two() =>
        Assert.Equal(2, Run("check", "--input", Path.Combine(Path.GetTempPath(), "no-such-cases.jsonl"), "--format", "jsonl").Exit);

    [Fact]
    public void Input_and_jsonl_go_together()
    {
        var input = WriteInput(new[] { CaseLine("x", "public") });
        Assert.Equal(2, Run("check", "--input", input).Exit);
        Assert.Equal(2, Run("check", "--format", "jsonl", input).Exit);
        Assert.Equal(2, Run("check", "--input", input, "--format", "jsonl", "--parallel", "0").Exit);
    }
}
