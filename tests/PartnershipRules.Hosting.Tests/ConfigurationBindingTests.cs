using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnershipRules.Diagnostics;
using PartnershipRules.Model;

namespace PartnershipRules.Hosting.Tests;

/// <summary>Nothing in a host's configuration section is ignored in silence (issue 16): both spellings bind, and the rest fails at start-up with what is allowed.</summary>
public class ConfigurationBindingTests
{
    private static PartnershipRulesOptions Options(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddPartnershipRules(configuration.GetSection(PartnershipRulesOptions.SectionName));
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<PartnershipRulesOptions>>().Value;
    }

    [Fact]
    public void Categories_and_severities_bind_in_the_yaml_spelling_and_the_dotnet_one()
    {
        var options = Options(new()
        {
            ["PartnershipRules:CategorySeverities:avoid_collaboration"] = "none",
            ["PartnershipRules:CategorySeverities:Barriers"] = "Silent",
            ["PartnershipRules:RuleSeverities:PR3002"] = "suggestion",
            ["PartnershipRules:ExpressionCompiler"] = "interpreted",
            ["PartnershipRules:MaxFindings"] = "5",
        });

        Assert.Equal(Severity.None, options.CategorySeverities[RuleCategory.AvoidCollaboration]);
        Assert.Equal(Severity.Silent, options.CategorySeverities[RuleCategory.Barriers]);
        Assert.Equal(Severity.Suggestion, options.RuleSeverities["PR3002"]);
        Assert.Equal(PartnershipRules.Engine.ExpressionCompiler.Interpreted, options.ExpressionCompiler);
        Assert.Equal(5, options.MaxFindings);
    }

    [Theory]
    [InlineData("PartnershipRules:CategorySeverities:avoid_colaboration", "none", "'avoid_colaboration' is not a rule category. Did you mean 'avoid_collaboration'?")]
    [InlineData("PartnershipRules:CategorySeverities:barriers", "Nonee", "'Nonee' is not a severity. Did you mean 'none'?")]
    [InlineData("PartnershipRules:RuleSeverities:PR3002", "3", "'3' is not a severity.")]
    [InlineData("PartnershipRules:MaxFindigns", "5", "PartnershipRules:MaxFindigns is not a setting of PartnershipRules. Did you mean 'MaxFindings'?")]
    [InlineData("PartnershipRules:ExpressionCompiler", "fastest", "'fastest' is not allowed. Allowed: fast, framework, interpreted.")]
    public void A_key_or_value_that_cannot_be_bound_fails_at_start_up_naming_it(string key, string value, string message)
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Options(new() { [key] = value }));

        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_validation_runs_at_start_up()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["PartnershipRules:CategorySeverities:nope"] = "none" }).Build();
        var services = new ServiceCollection();
        services.AddPartnershipRules(configuration.GetSection(PartnershipRulesOptions.SectionName));
        using var provider = services.BuildServiceProvider();

        // What a generic host runs before it starts (ValidateOnStart).
        var startup = provider.GetRequiredService<IStartupValidator>();
        Assert.Throws<OptionsValidationException>(startup.Validate);
    }
}
