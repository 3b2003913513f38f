using System.CommandLine;
using System.Reflection;
using PartnershipRules.Cases;
using PartnershipRules.Cli;
using PartnershipRules.Engine;
using PartnershipRules.Hosting;
using PartnershipRules.Model;

namespace PartnershipRules.Tests;

/// <summary>
/// One composition root: code and the tool set the evaluation timeout, a document limit and a rule parameter through
/// <see cref="PartnershipRulesOptions"/> and <see cref="AnalyzerBuilder"/>, and each has its effect. (The DI package's
/// side is in PartnershipRules.Hosting.Tests.) Every option is reachable from the tool.
/// </summary>
public class OneBuilderTests
{
    private static readonly string Example = Path.Combine(RepoFiles.Root, "rules", "examples", "community-regeneration.yaml");

    private static PartnershipCase Case => CaseFile.Load(Example).Case!;

    private static PartnershipAnalyzer Build(Action<PartnershipRulesOptions> configure)
    {
        var options = new PartnershipRulesOptions();
        configure(options);
        var build = AnalyzerBuilder.Build(options);
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        return build.Analyzer!;
    }

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = Program.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Code_sets_the_evaluation_timeout()
    {
        var result = Build(o => o.EvaluationTimeout = TimeSpan.FromTicks(1)).Analyze(Case);
        Assert.False(result.IsComplete);
        Assert.Contains(result.Diagnostics, d => d.Id == "PRE004");
        Assert.True(Build(o => o.EvaluationTimeout = TimeSpan.FromMinutes(5)).Analyze(Case).IsComplete);
    }

    [Fact]
    public void Code_sets_a_document_limit()
    {
        var options = new PartnershipRulesOptions();
        options.RuleFileLimits.MaxFileBytes = 100;
        var build = AnalyzerBuilder.Build(options);
        Assert.False(build.Succeeded);
        Assert.Contains(build.Diagnostics, d => d.Id == "PR0002");

        options = new PartnershipRulesOptions();
        options.CaseFileLimits.MaxFileBytes = 100;
        Assert.Equal(100, options.EffectiveCaseFileLimits().MaxFileBytes);
        Assert.Equal(Documents.DocumentLimits.CaseFiles.MaxNodes, options.EffectiveCaseFileLimits().MaxNodes);
        Assert.Contains(CaseFile.Load(Example, options.EffectiveCaseFileLimits()).Diagnostics, d => d.Id == "PR0002");
    }

    [Fact]
    public void Code_sets_a_rule_parameter()
    {
        Assert.Contains(Build(_ => { }).Analyze(Case).Findings, f => f.RuleId == "PR4007");
        Assert.DoesNotContain(Build(o => o.Parameters["PR4007.minimumBarriers"] = 100).Analyze(Case).Findings, f => f.RuleId == "PR4007");
    }

    [Fact]
    public void The_tool_sets_the_evaluation_timeout()
    {
        var (exit, output, _) = Run("check", Example, "--evaluation-timeout", "00:00:00.0000001", "--fail-on", "never");
        Assert.Equal(0, exit);
        Assert.Contains("EVALUATION INCOMPLETE", output, StringComparison.Ordinal);
        Assert.Contains("PRE004", output, StringComparison.Ordinal);
        Assert.DoesNotContain("EVALUATION INCOMPLETE", Run("check", Example, "--fail-on", "never").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tool_sets_a_document_limit()
    {
        var (exit, _, error) = Run("check", Example, "--limit", "cases.maxFileBytes=100");
        Assert.Equal(2, exit);
        Assert.Contains("error PR0002", error, StringComparison.Ordinal);

        var (badExit, _, badError) = Run("check", Example, "--limit", "cases.maxFileSize=100");
        Assert.Equal(2, badExit);
        Assert.Contains("error PRO004", badError, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tool_sets_a_rule_parameter()
    {
        Assert.Contains("PR4007", Run("check", Example).Out, StringComparison.Ordinal);
        Assert.DoesNotContain("PR4007", Run("check", Example, "--set", "PR4007.minimumBarriers=100").Out, StringComparison.Ordinal);
        var (exit, _, error) = Run("check", Example, "--set", "PR4007.minimumBarriers=many");
        Assert.Equal(2, exit);
        Assert.Contains("error PRO003", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_sets_an_assessment_threshold()
    {
        var analyzer = Build(o => o.Assessment.PriorityCount = 2);
        Assert.Equal(2, analyzer.AssessmentOptions.PriorityCount);
        Assert.Equal(2, analyzer.Assess(analyzer.Analyze(Case)).Priorities.Count);

        var options = new PartnershipRulesOptions();
        options.Assessment.UndecidedShare = 1.5;
        var build = AnalyzerBuilder.Build(options);
        Assert.False(build.Succeeded);
        var error = Assert.Single(build.Diagnostics, d => d.IsError);
        Assert.Equal("PRO006", error.Id);
        Assert.Contains("undecidedShare=1.5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tool_sets_an_assessment_threshold()
    {
        static int Priorities(string output) =>
            output.Split('\n').SkipWhile(l => !l.StartsWith("What to do first", StringComparison.Ordinal)).Skip(1)
                .TakeWhile(l => l.Length > 0).Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^  \d+\. "));
        Assert.Equal(5, Priorities(Run("check", Example).Out));
        Assert.Equal(2, Priorities(Run("check", Example, "--assessment", "priorityCount=2").Out));

        var (exit, _, error) = Run("check", Example, "--assessment", "priorityCount=none");
        Assert.Equal(2, exit);
        Assert.Contains("error PRO006", error, StringComparison.Ordinal);
        (exit, _, error) = Run("check", Example, "--assessment", "priorityCount=0");
        Assert.Equal(2, exit);
        Assert.Contains("error PRO006: 'priorityCount=0'", error, StringComparison.Ordinal);
    }

    /// <summary>
    /// Each option and the tool option that sets it; a new option without one fails here. Options a one-shot tool
    /// cannot use are listed with why.
    /// </summary>
    public static TheoryData<string, string?> ToolOptions => new()
    {
        { nameof(PartnershipRulesOptions.IncludeDefaultCatalogue), "--rules" },
        { nameof(PartnershipRulesOptions.RuleDirectories), "--extend" },
        { nameof(PartnershipRulesOptions.ConfigurationFile), "--config" },
        { nameof(PartnershipRulesOptions.RuleSeverities), "--severity" },
        { nameof(PartnershipRulesOptions.CategorySeverities), "--severity" },
        { nameof(PartnershipRulesOptions.Parameters), "--set" },
        { nameof(PartnershipRulesOptions.MaxFindings), "--max-findings" },
        { nameof(PartnershipRulesOptions.EvaluationTimeout), "--evaluation-timeout" },
        { nameof(PartnershipRulesOptions.ExpressionCompiler), "--expression-compiler" },
        { nameof(PartnershipRulesOptions.AssessUndatedCasesToday), "--assess-undated-cases-today" },
        { nameof(PartnershipRulesOptions.Clock), "--evaluation-date" },
        { nameof(PartnershipRulesOptions.RuleFileLimits), "--limit" },
        { nameof(PartnershipRulesOptions.CaseFileLimits), "--limit" },
        { nameof(PartnershipRulesOptions.ConfigurationFileLimits), "--limit" },
        { nameof(PartnershipRulesOptions.Assessment), "--assessment" },

        // Rules as .NET objects (streams, C# delegates) exist only in a host's code.
        { nameof(PartnershipRulesOptions.RuleSources), null },
        { nameof(PartnershipRulesOptions.CodeRules), null },

        // Watching files for changes serves long-running hosts; a command runs once.
        { nameof(PartnershipRulesOptions.WatchForChanges), null },
        { nameof(PartnershipRulesOptions.ReloadDelay), null },
        { nameof(PartnershipRulesOptions.WatchedDirectories), null },
    };

    [Theory]
    [MemberData(nameof(ToolOptions))]
    public void Every_option_is_reachable_from_the_tool(string property, string? toolOption)
    {
        Assert.NotNull(typeof(PartnershipRulesOptions).GetProperty(property));
        if (toolOption is not null)
        {
            Assert.Contains(CheckCommand.Create(TextWriter.Null, TextWriter.Null, new CaseInput(() => Stream.Null), new RunDeadline()).Options, o => o.Name == toolOption);
        }
    }

    [Fact]
    public void Every_option_is_listed_above()
    {
        var listed = ToolOptions.Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);
        var properties = typeof(PartnershipRulesOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name);
        Assert.DoesNotContain(properties, p => !listed.Contains(p));
    }
}
