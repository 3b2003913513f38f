using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnershipRules.Diagnostics;
using PartnershipRules.Facts;
using PartnershipRules.Hosting;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage.CodeRules;

namespace PartnershipRules.Hosting.Tests;

/// <summary>services.AddPartnershipRules(...): one shared advisor, options from configuration and code, logging.</summary>
public class DependencyInjectionTests
{
    private static ServiceProvider Build(Action<IServiceCollection> register, CapturingLoggerProvider? logs = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        register(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void The_advisor_is_one_shared_instance_that_gives_cited_findings()
    {
        var logs = new CapturingLoggerProvider();
        using var provider = Build(s => s.AddPartnershipRules(), logs);
        var advisor = provider.GetRequiredService<IPartnershipAdvisor>();
        Assert.Same(advisor, provider.GetRequiredService<IPartnershipAdvisor>());
        Assert.Same(advisor, provider.GetRequiredService<PartnershipAdvisor>());

        var result = advisor.Analyze(Examples.Load("community-regeneration.yaml"));
        Assert.Contains(result.Findings, f => f.Citations.Any(c => c.Source.Key == "tett-2005"));
        Assert.Contains(logs.Messages, m => m.Contains("Rule set " + advisor.Analyzer.RuleSetHash + " loaded", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_bind_from_a_configuration_section_and_code_adds_to_them()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PartnershipRules:MaxFindings"] = "2",
            ["PartnershipRules:RuleSeverities:PR9001"] = "Error",
            ["PartnershipRules:CategorySeverities:Other"] = "Suggestion",
            ["PartnershipRules:Parameters:PR4007.minimumBarriers"] = "2",
        }).Build();
        var rule = CodeRule.Create("ACME001", "Named in code")
            .Advice("Nothing to do.")
            .Cites("tett-2005", "Partnerships", "Partners are clear about why they are collaborating together")
            .When(p => p.Name is null ? Truth.Unknown : Truth.True);

        using var provider = Build(s => s.AddPartnershipRules(configuration.GetSection(PartnershipRulesOptions.SectionName), o => o.AddRule(rule)));
        var advisor = provider.GetRequiredService<IPartnershipAdvisor>();
        var severities = advisor.Analyzer.Severities.ToDictionary(s => s.Rule.Id);
        Assert.Equal(Severity.Error, severities["PR9001"].Severity);
        Assert.Equal(Severity.Suggestion, severities["PR9002"].Severity);
        Assert.Equal(2, advisor.Analyzer.Catalogue.Rules.Single(r => r.Id == "PR4007").Parameters.Single().Value);
        Assert.Contains(advisor.Analyzer.Rules, r => r.Id == "ACME001");

        var result = advisor.Analyze(Examples.Load("community-regeneration.yaml"));
        Assert.Equal(2, result.Findings.Count);
        Assert.True(result.FindingsOmitted > 0);
    }

    [Fact]
    public void A_rule_set_that_does_not_load_fails_at_resolution_and_logs_each_error_with_its_place()
    {
        var directory = Directory.CreateTempSubdirectory("partnership-di-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "site.yaml"), "overrides:\n  - rule: PR90001\n    enabled: false\n");
            var logs = new CapturingLoggerProvider();
            using var provider = Build(s => s.AddPartnershipRules(o => o.RuleDirectories.Add(directory)), logs);
            var error = Assert.Throws<AnalyzerBuildException>(() => provider.GetRequiredService<IPartnershipAdvisor>());
            Assert.Contains(error.Diagnostics, d => d.Id == "PRL021");
            Assert.Contains(logs.Messages, m => m.Contains("site.yaml(2,11)", StringComparison.Ordinal) && m.Contains("PRL021", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Invalid_options_are_refused_with_the_setting_named()
    {
        using var provider = Build(s => s.AddPartnershipRules(o => o.MaxFindings = -1));
        var error = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IPartnershipAdvisor>());
        Assert.Contains("MaxFindings", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_clock_dates_undated_cases_when_asked()
    {
        using var provider = Build(s =>
        {
            s.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)));
            s.AddPartnershipRules(o => o.AssessUndatedCasesToday = true);
        });
        var result = provider.GetRequiredService<IPartnershipAdvisor>().Analyze(new PartnershipCase(new Partnership { Name = "Undated" }));
        Assert.True(result.AssessmentDateFromClock);
        Assert.Equal(new DateTime(2026, 11, 26), result.AssessmentDate.Value);
    }

    private static IPartnershipAdvisor FromConfiguration(ServiceProviderHolder holder, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        holder.Provider = Build(s => s.AddPartnershipRules(configuration.GetSection(PartnershipRulesOptions.SectionName)));
        return holder.Provider.GetRequiredService<IPartnershipAdvisor>();
    }

    [Fact]
    public void Configuration_sets_the_evaluation_timeout_through_the_one_builder()
    {
        using var holder = new ServiceProviderHolder();
        var advisor = FromConfiguration(holder, new() { ["PartnershipRules:EvaluationTimeout"] = "00:00:00.0000001" });
        var result = advisor.Analyze(Examples.Load("community-regeneration.yaml"));
        Assert.False(result.IsComplete);
        Assert.Contains(result.Diagnostics, d => d.Id == "PRE004");
    }

    [Fact]
    public void Configuration_sets_a_document_limit_through_the_one_builder()
    {
        using var holder = new ServiceProviderHolder();
        var advisor = FromConfiguration(holder, new() { ["PartnershipRules:CaseFileLimits:MaxFileBytes"] = "100" });
        using var body = File.OpenRead(Examples.Path("community-regeneration.yaml"));
        var read = advisor.ReadCase("request.yaml", body);
        Assert.Contains(read.Diagnostics, d => d.Id == "PR0002");

        using var unlimited = new ServiceProviderHolder();
        using var again = File.OpenRead(Examples.Path("community-regeneration.yaml"));
        Assert.False(FromConfiguration(unlimited, new()).ReadCase("request.yaml", again).HasErrors);
    }

    [Fact]
    public void Configuration_sets_a_rule_parameter_through_the_one_builder()
    {
        using var holder = new ServiceProviderHolder();
        var advisor = FromConfiguration(holder, new() { ["PartnershipRules:Parameters:PR4007.minimumBarriers"] = "100" });
        Assert.DoesNotContain(advisor.Analyze(Examples.Load("community-regeneration.yaml")).Findings, f => f.RuleId == "PR4007");

        using var defaults = new ServiceProviderHolder();
        Assert.Contains(FromConfiguration(defaults, new()).Analyze(Examples.Load("community-regeneration.yaml")).Findings, f => f.RuleId == "PR4007");
    }

    [Fact]
    public void Every_setting_a_configuration_file_can_hold_binds()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PartnershipRules:IncludeDefaultCatalogue"] = "false",
            ["PartnershipRules:RuleDirectories:0"] = "site-rules",
            ["PartnershipRules:ConfigurationFile"] = "partnershiprules.yaml",
            ["PartnershipRules:RuleSeverities:PR3002"] = "None",
            ["PartnershipRules:CategorySeverities:Barriers"] = "Silent",
            ["PartnershipRules:Parameters:PR4007.minimumBarriers"] = "5",
            ["PartnershipRules:MaxFindings"] = "7",
            ["PartnershipRules:EvaluationTimeout"] = "00:00:02",
            ["PartnershipRules:ExpressionCompiler"] = "Framework",
            ["PartnershipRules:AssessUndatedCasesToday"] = "true",
            ["PartnershipRules:RuleFileLimits:MaxNodes"] = "1000",
            ["PartnershipRules:CaseFileLimits:MaxFileBytes"] = "2048",
            ["PartnershipRules:ConfigurationFileLimits:MaxDepth"] = "8",
            ["PartnershipRules:WatchForChanges"] = "true",
            ["PartnershipRules:ReloadDelay"] = "00:00:01",
            ["PartnershipRules:Assessment:ReconsiderAt"] = "Error",
            ["PartnershipRules:Assessment:ConditionsAt"] = "Suggestion",
            ["PartnershipRules:Assessment:UndecidedShare"] = "0.75",
            ["PartnershipRules:Assessment:NotEnoughKnownShare"] = "0.25",
            ["PartnershipRules:Assessment:PriorityCount"] = "3",
            ["PartnershipRules:Assessment:QuestionCount"] = "4",
        }).Build();
        var options = new PartnershipRulesOptions();
        configuration.GetSection(PartnershipRulesOptions.SectionName).Bind(options);
        Assert.False(options.IncludeDefaultCatalogue);
        Assert.Equal(new[] { "site-rules" }, options.RuleDirectories);
        Assert.Equal("partnershiprules.yaml", options.ConfigurationFile);
        Assert.Equal(Severity.None, options.RuleSeverities["PR3002"]);
        Assert.Equal(Severity.Silent, options.CategorySeverities[RuleCategory.Barriers]);
        Assert.Equal(5, options.Parameters["PR4007.minimumBarriers"]);
        Assert.Equal(7, options.MaxFindings);
        Assert.Equal(TimeSpan.FromSeconds(2), options.EvaluationTimeout);
        Assert.Equal(PartnershipRules.Engine.ExpressionCompiler.Framework, options.ExpressionCompiler);
        Assert.True(options.AssessUndatedCasesToday);
        Assert.Equal(1000, options.EffectiveRuleFileLimits().MaxNodes);
        Assert.Equal(2048, options.EffectiveCaseFileLimits().MaxFileBytes);
        Assert.Equal(8, options.EffectiveConfigurationFileLimits().MaxDepth);
        Assert.True(options.WatchForChanges);
        Assert.Equal(TimeSpan.FromSeconds(1), options.ReloadDelay);
        var assessment = options.EffectiveAssessmentOptions();
        Assert.Equal(Severity.Error, assessment.ReconsiderAt);
        Assert.Equal(Severity.Suggestion, assessment.ConditionsAt);
        Assert.Equal(0.75, assessment.UndecidedShare);
        Assert.Equal(0.25, assessment.NotEnoughKnownShare);
        Assert.Equal(3, assessment.PriorityCount);
        Assert.Equal(4, assessment.QuestionCount);
    }

    [Fact]
    public void Configuration_sets_an_assessment_threshold_through_the_one_builder()
    {
        using var holder = new ServiceProviderHolder();
        var advisor = FromConfiguration(holder, new() { ["PartnershipRules:Assessment:PriorityCount"] = "2" });
        var assessment = advisor.Assess(advisor.Analyze(Examples.Load("community-regeneration.yaml")));
        Assert.Equal(2, assessment.Priorities.Count);

        using var broken = new ServiceProviderHolder();
        var failure = Assert.Throws<AnalyzerBuildException>(() => FromConfiguration(broken, new() { ["PartnershipRules:Assessment:PriorityCount"] = "0" }));
        Assert.Contains(failure.Diagnostics, d => d.Id == "PRO006");
    }

    /// <summary>Disposes the provider a test built, whichever it was.</summary>
    private sealed class ServiceProviderHolder : IDisposable
    {
        public ServiceProvider? Provider { get; set; }

        public void Dispose() => Provider?.Dispose();
    }

    private sealed class FixedClock : TimeProvider
    {
        private readonly DateTimeOffset _now;

        public FixedClock(DateTimeOffset now) => _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
