namespace PartnershipRules.Tests;

/// <summary>The tool's front door (issue 16): wrong values and unknown options are plain errors (exit 2), never "a bug" or a file name.</summary>
public class FrontDoorTests
{
    private static readonly string Case = ToolRunner.Example("youth-transitions");

    [Fact]
    public void A_format_that_does_not_exist_exits_two_with_the_allowed_values()
    {
        var (exit, _, error) = ToolRunner.Run("check", Case, "--format", "xml");

        Assert.Equal(2, exit);
        Assert.Contains("'xml' is not a value of --format; use one of: text, json, sarif", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        Assert.DoesNotContain("bug", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bogus", "")]
    [InlineData("--outptu", "Did you mean '--output'?")]
    [InlineData("-x", "")]
    public void An_unknown_option_is_an_error_not_a_case_file(string option, string hint)
    {
        var (exit, _, error) = ToolRunner.Run("check", Case, option);

        Assert.Equal(2, exit);
        Assert.Contains($"Unknown option '{option}' for 'check'.", error, StringComparison.Ordinal);
        Assert.Contains(hint, error, StringComparison.Ordinal);
        Assert.DoesNotContain("PR0001", error, StringComparison.Ordinal);
    }

    /// <summary>Numbers, durations and dates the parser could not read were "internal error" (exit 3) naming .NET types.</summary>
    [Theory]
    [InlineData("check", "--parallel", "x", "a whole number from 1 to 1024")]
    [InlineData("check", "--parallel", "0", "a whole number from 1 to 1024")]
    [InlineData("check", "--max-findings", "x", "a whole number of at least 0")]
    [InlineData("check", "--max-findings", "-1", "a whole number of at least 0")]
    [InlineData("check", "--evaluation-date", "2026-13-01", "a date as YYYY-MM-DD")]
    [InlineData("check", "--evaluation-timeout", "soon", "a positive duration as hh:mm:ss")]
    [InlineData("check", "--timeout", "00:00:00", "a positive duration as hh:mm:ss")]
    [InlineData("explain", "--evaluation-timeout", "2", "a positive duration as hh:mm:ss")]
    [InlineData("init", "--partners", "1.5", "a whole number from 1 to 200")]
    [InlineData("init", "--partners", "-2", "a whole number from 1 to 200")]
    public void A_value_that_is_not_a_number_duration_or_date_exits_two_saying_what_to_write(string command, string option, string value, string wanted)
    {
        var arguments = command == "init"
            ? new[] { command, option, value, "--output", Path.Combine(Path.GetTempPath(), "never-written-" + Guid.NewGuid().ToString("N") + ".yaml") }
            : command == "explain" ? new[] { command, "PR1101", ToolRunner.Example("youth-transitions"), option, value }
            : new[] { command, ToolRunner.Example("youth-transitions"), option, value };

        var (exit, _, error) = ToolRunner.Run(arguments);

        Assert.Equal(2, exit);
        Assert.Contains($"'{value}' is not a value of {option}; it needs {wanted}", error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_aliases_work_as_in_other_dotnet_tools()
    {
        var report = Path.Combine(Path.GetTempPath(), "partnership-rules-alias-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var (exit, _, _) = ToolRunner.Run("check", Case, "-f", "json", "-o", report, "-v", "detailed");

            Assert.Equal(0, exit);
            using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(report));
            Assert.True(document.RootElement.TryGetProperty("cases", out _));
        }
        finally
        {
            File.Delete(report);
        }
    }

    [Fact]
    public void A_mistyped_command_gets_the_nearest_one_suggested()
    {
        var (exit, _, error) = ToolRunner.Run("chek", Case);

        Assert.Equal(2, exit);
        Assert.Contains("Did you mean 'check'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_true_is_explained_as_text_not_refused_as_not_true()
    {
        var read = PartnershipRules.Cases.CaseFile.Parse("case.yaml", "partnership:\n  alternativesConsidered: \"true\"\n");

        var diagnostic = Assert.Single(read.Diagnostics, d => d.IsError);
        Assert.Contains("expected true or false, written without quotes (in quotes it is text)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_is_still_a_case_argument() =>
        Assert.DoesNotContain("Unknown option", ToolRunner.Run("check", "-", "-").Err, StringComparison.Ordinal);
}
