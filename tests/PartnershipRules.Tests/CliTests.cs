using System.Text.Json;
using PartnershipRules.Cli;
using PartnershipRules.Facts;
using Snapshooter;
using Snapshooter.Xunit;

namespace PartnershipRules.Tests;

/// <summary>The command-line tool: exit codes, diagnostics for bad input, and its output (snapshot-tested).</summary>
public class CliTests
{
    private static readonly string Base = AppContext.BaseDirectory;

    private static (int Exit, string Out, string Err) Run(params string[] args) => ToolRunner.Run(args);

    private static string Example(string name) => ToolRunner.Example(name);

    [Fact]
    public void Check_json_is_valid_and_every_finding_is_cited_on_every_example()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Base, "rules", "examples"), "*.yaml"))
        {
            var (_, output, _) = Run("check", "--format", "json", "--fail-on", "never", file);
            using var document = JsonDocument.Parse(output);
            foreach (var finding in document.RootElement.GetProperty("cases")[0].GetProperty("findings").EnumerateArray())
            {
                var citations = finding.GetProperty("citations").EnumerateArray().ToList();
                Assert.NotEmpty(citations);
                Assert.All(citations, c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("quote").GetString())));
            }
        }
    }

    [Fact]
    public void Healthy_case_exits_zero() => Assert.Equal(0, Run("check", Example("youth-transitions")).Exit);

    [Fact]
    public void Fail_on_warning_counts_warnings()
    {
        Assert.Equal(0, Run("check", "--fail-on", "error", Example("youth-transitions")).Exit);
        // Its one finding is a suggestion (PR5012; PR6005 leaves the money holder's power to it).
        Assert.Equal(0, Run("check", "--fail-on", "warning", Example("youth-transitions")).Exit);
        Assert.Equal(1, Run("check", "--fail-on", "suggestion", Example("youth-transitions")).Exit);
        Assert.Equal(1, Run("check", "--fail-on", "warning", Example("strategic-board")).Exit);
        Assert.Equal(0, Run("check", "--fail-on", "never", Example("community-regeneration")).Exit);
    }

    [Fact]
    public void Broken_rule_file_exits_two_naming_file_line_and_column_and_the_others_still_load()
    {
        var directory = Directory.CreateTempSubdirectory("rules-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "good.yaml"), RuleText.Rule("PR9001", "fact: purposeClarity\nequals: unclear"));
            File.WriteAllText(Path.Combine(directory.FullName, "broken.yaml"), RuleText.Rule("PR9002", "fact: purposeClarty\nequals: unclear"));
            var (exit, output, _) = Run("validate", "--rules", directory.FullName);
            Assert.Equal(2, exit);
            Assert.Contains("broken.yaml(16,13): error PRL007", output, StringComparison.Ordinal);
            Assert.Contains("1 rule(s) loaded", output, StringComparison.Ordinal);

            var check = Run("check", "--rules", directory.FullName, Example("youth-transitions"));
            Assert.Equal(2, check.Exit);
            Assert.Contains("broken.yaml(16,13)", check.Err, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Broken_case_file_exits_two_without_a_stack_trace()
    {
        var file = Path.Combine(Path.GetTempPath(), "broken-case-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(file, "partnership:\n  purposeClarity: unclaer\n");
        try
        {
            var (exit, _, error) = Run("check", file);
            Assert.Equal(2, exit);
            Assert.Contains("(2,19): error PRC005", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Missing_case_file_exits_two() => Assert.Equal(2, Run("check", "no-such-case.yaml").Exit);

    [Fact]
    public void A_report_that_cannot_be_written_exits_two_without_a_stack_trace()
    {
        var (exit, output, error) = Run("check", "--output", Path.Combine(Base, "no-such-folder", "report.txt"), Example("youth-transitions"));
        Assert.Equal(2, exit);
        Assert.Contains("error: cannot write the report to", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_can_be_read_from_standard_input()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = Program.Run(new[] { "check", "-", "--fail-on", "warning" }, output, error, () => File.OpenRead(Example("community-regeneration")));
        Assert.Equal(1, exit);
        Assert.Contains("<stdin>(", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, Program.Run(new[] { "check", "-", "-" }, output, error, () => Stream.Null));
    }

    [Fact]
    public void Unknown_option_exits_two() => Assert.Equal(2, Run("check", "--frobnicate", Example("youth-transitions")).Exit);

    [Fact]
    public void Validate_the_repository_rules_directory_is_clean()
    {
        var (exit, output, _) = Run("validate", "--rules", Path.Combine(Base, "rules"));
        Assert.Equal(0, exit);
        Assert.Contains("0 diagnostic(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_command_passes_on_the_catalogue_and_reports_per_rule()
    {
        var (exit, output, error) = Run("test", "--rules", Path.Combine(Base, "rules"));
        Assert.True(exit == 0, output + error);
        Assert.Contains("PR3002   pass", output, StringComparison.Ordinal);
        Assert.Contains("0 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_command_fails_with_expected_and_actual_outcome()
    {
        var directory = Directory.CreateTempSubdirectory("pr-test-").FullName;
        try
        {
            File.Copy(Path.Combine(Base, "rules", "barriers.yaml"), Path.Combine(directory, "barriers.yaml"));
            Directory.CreateDirectory(Path.Combine(directory, "tests"));
            File.WriteAllText(Path.Combine(directory, "tests", "wrong.tests.yaml"), "tests:\n  - name: nothing known\n    expect: {PR3002: fired}\n    partnership: {name: Empty}\n");
            var (exit, output, _) = Run("test", "--rules", directory, "--rule", "PR3002");
            Assert.Equal(1, exit);
            Assert.Contains("PR3002   FAIL", output, StringComparison.Ordinal);
            Assert.Contains("expected fired, got insufficient information", output, StringComparison.Ordinal);
            Assert.Contains("needs partners (not recorded)", output, StringComparison.Ordinal);
            Assert.DoesNotContain("PR3009", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Docs_command_writes_pages_and_check_detects_stale_ones()
    {
        var directory = Directory.CreateTempSubdirectory("pr-docs-").FullName;
        try
        {
            Assert.Equal(1, Run("docs", "--output", directory, "--check").Exit);
            Assert.Equal(0, Run("docs", "--output", directory).Exit);
            Assert.True(File.Exists(Path.Combine(directory, "PR3002.md")));
            Assert.Equal(0, Run("docs", "--output", directory, "--check").Exit);
            File.AppendAllText(Path.Combine(directory, "PR3002.md"), "edited by hand\n");
            var (exit, output, _) = Run("docs", "--output", directory, "--check");
            Assert.Equal(1, exit);
            Assert.Contains("PR3002.md: out of date", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Config_effective_shows_each_rules_severity_and_its_source()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("pr-config-").FullName, "partnershiprules.yaml");
        File.WriteAllText(file, "severity:\n  categories:\n    barriers: suggestion\n  rules:\n    PR3002: none\n");
        var (exit, output, _) = Run("config", "--effective", "--config", file);
        Assert.Equal(0, exit);
        Assert.Matches(@"PR3002 +none +rule setting at .*partnershiprules\.yaml\(5,5\)", output);
        Assert.Matches(@"PR3001 +suggestion +category barriers at .*partnershiprules\.yaml\(3,5\)", output);
        Assert.Matches(@"PR1001 +suggestion +rule default at rules/reasons\.yaml\(\d+,\d+\)", output);
        Assert.Contains("rule(s), 23 set by configuration.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_applies_the_configuration_to_findings_and_the_exit_code()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("pr-config-").FullName, "partnershiprules.yaml");
        File.WriteAllText(file, "severity:\n  categories:\n    avoid_collaboration: error\n");
        Assert.Equal(0, Run("check", Example("community-regeneration")).Exit); // the catalogue has no error-level rule
        var (exit, output, _) = Run("check", Example("community-regeneration"), "--config", file);
        Assert.Equal(1, exit); // the configuration makes the best-avoided circumstances errors
        Assert.Matches("error PR4004[,:]", output);

        File.WriteAllText(file, "severity:\n  rules:\n    PR9999: none\n");
        var (badExit, _, error) = Run("check", Example("community-regeneration"), "--config", file);
        Assert.Equal(2, badExit);
        Assert.Contains("error PRL014", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fired", "PR5001", "community-regeneration")]
    [InlineData("not-fired", "PR2001", "youth-transitions")]
    [InlineData("insufficient", "PR3002", "youth-transitions")]
    [InlineData("not-applicable", "PR5007", "youth-transitions")]
    public void Explain_prints_the_tree_with_values(string name, string rule, string example)
    {
        var (exit, output, error) = Run("explain", rule, Example(example));
        Assert.True(exit == 0, error);
        Snapshot.Match(output, new SnapshotNameExtension(name));
    }

    [Fact]
    public void Explain_an_unknown_rule_is_invalid_input()
    {
        var (exit, _, error) = Run("explain", "PR3O02", Example("youth-transitions"));
        Assert.Equal(2, exit);
        Assert.Contains("PR3002", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suppressed_error_does_not_fail_the_check_and_an_unused_suppression_is_reported()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("pr-suppress-").FullName, "board.yaml");
        File.WriteAllText(file, File.ReadAllText(Example("strategic-board"))
            + "suppressions:\n  - rule: PR4102\n    justification: Restructuring ends in December.\n  - rule: PR3001\n    path: partners[9]\n    justification: Aligned in 2025.\n");
        // The catalogue has PR4102 (an unstable statutory partner) at warning; a host that treats it as an error fails
        // the check on it, and a suppression with a justification sets it aside.
        Assert.Equal(1, Run("check", Example("strategic-board"), "--severity", "PR4102=error").Exit); // then its one error
        var (exit, output, error) = Run("check", file, "--severity", "PR4102=error");
        Assert.Equal(0, exit);
        Assert.Matches(@"(?m)^\S+\(\d+,\d+\): error PR4102: .*\[set aside\]$", output);
        Assert.Contains("    suppressed: Restructuring ends in December.", Run("check", file, "--verbosity", "detailed").Out, StringComparison.Ordinal);
        Assert.Contains("1 suppressed)", output, StringComparison.Ordinal);
        Assert.Contains("warning PRS001: The suppression of PR3001 at partners[9] matches no finding here", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_report_reads_as_verdict_profile_priorities_issues_questions_references()
    {
        var (exit, output, _) = Run("check", "--format", "markdown", "--fail-on", "never", Example("strategic-board"));
        Assert.Equal(0, exit);
        var headings = new[] { "## Verdict: ", "## Profile", "## What to do first", "## Issues", "## Questions to answer", "## References" }
            .Select(h => output.IndexOf("\n" + h, StringComparison.Ordinal))
            .ToList();
        Assert.True(headings[0] > 0, output);
        Assert.True(headings.Zip(headings.Skip(1)).All(p => p.First < p.Second), string.Join(", ", headings));
    }

    [Fact]
    public void Silent_findings_are_kept_in_json_but_not_shown_in_text()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("pr-silent-").FullName, "partnershiprules.yaml");
        File.WriteAllText(file, "severity:\n  rules:\n    PR4005: silent\n");
        var (_, text, _) = Run("check", "--fail-on", "never", "--config", file, Example("community-regeneration"));
        Assert.DoesNotContain(" PR4005", text, StringComparison.Ordinal);
        Assert.Contains(", 1 silent)", text, StringComparison.Ordinal);
        var (_, json, _) = Run("check", "--format", "json", "--fail-on", "never", "--config", file, Example("community-regeneration"));
        Assert.Contains("\"severity\": \"silent\"", json, StringComparison.Ordinal);
    }
}
