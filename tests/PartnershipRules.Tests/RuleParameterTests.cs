using PartnershipRules.Configuration;
using PartnershipRules.Engine;
using PartnershipRules.Facts;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;
using PartnershipRules.RuleLanguage.Conditions;

namespace PartnershipRules.Tests;

/// <summary>Rule parameters: thresholds the papers do not give, declared in the rule and overridable by the host.</summary>
public class RuleParameterTests
{
    private const string Condition = "count: partners\natLeast: {parameter: minimumPartners}";

    private static string RuleWithParameter(string condition = Condition) =>
        RuleText.Rule("PR9001", condition).Replace(
            "    condition:\n",
            "    parameters:\n      minimumPartners:\n        value: 3\n        description: The library's own threshold.\n    condition:\n");

    private static RuleCatalogue Load(string text, IReadOnlyDictionary<string, double>? values = null) =>
        RuleCatalogue.Load(new[] { RuleSource.FromText("t.yaml", text) }, new RuleCatalogueOptions { Parameters = values ?? new Dictionary<string, double>() });

    private static Partnership WithPartners(int count) => new() { Partners = Enumerable.Range(1, count).Select(i => new Partner { Name = "P" + i }).ToList() };

    [Fact]
    public void The_default_applies_and_the_host_can_override_it()
    {
        var byDefault = Load(RuleWithParameter());
        Assert.Empty(byDefault.Diagnostics);
        Assert.Equal(Outcome.NotFired, new PartnershipAnalyzer(byDefault).Analyze(WithPartners(2)).Results.Single().Outcome);
        var parameter = Assert.Single(byDefault.Rules.Single().Parameters);
        Assert.Equal((3d, 3d, false), (parameter.DefaultValue, parameter.Value, parameter.IsOverridden));

        var overridden = Load(RuleWithParameter(), new Dictionary<string, double> { ["PR9001.minimumPartners"] = 2 });
        Assert.Empty(overridden.Diagnostics);
        Assert.Equal(Outcome.Fired, new PartnershipAnalyzer(overridden).Analyze(WithPartners(2)).Results.Single().Outcome);
        Assert.True(overridden.Rules.Single().Parameters.Single().IsOverridden);
    }

    [Fact]
    public void A_message_prints_the_threshold_in_effect()
    {
        // A sentence that wrote the default as a word would contradict a host that changed the threshold.
        var text = RuleWithParameter().Replace("message: \"Rule PR9001 fired for {name}.\"", "message: \"At least {parameter.minimumPartners} partners.\"", StringComparison.Ordinal);
        var overridden = Load(text, new Dictionary<string, double> { ["PR9001.minimumPartners"] = 2 });
        Assert.Empty(overridden.Diagnostics);
        Assert.Equal("At least 2 partners.", new PartnershipAnalyzer(overridden).Analyze(WithPartners(2)).Findings.Single().Message);

        var unknown = Load(text.Replace("{parameter.minimumPartners}", "{parameter.minimumPartner}", StringComparison.Ordinal));
        Assert.Equal("PRL016", Assert.Single(unknown.Diagnostics, d => d.IsError).Id);
    }

    [Fact]
    public void A_value_for_a_parameter_no_rule_has_is_an_error_not_ignored()
    {
        var catalogue = Load(RuleWithParameter(), new Dictionary<string, double> { ["PR9001.minimumPartner"] = 2 });
        var diagnostic = Assert.Single(catalogue.Diagnostics);
        Assert.Equal("PRL020", diagnostic.Id);
        Assert.True(diagnostic.IsError);
        Assert.Contains("PR9001.minimumPartners", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_condition_naming_an_undeclared_parameter_is_located()
    {
        var catalogue = Load(RuleWithParameter("count: partners\natLeast: {parameter: minimumPartnerz}"));
        var diagnostic = Assert.Single(catalogue.Diagnostics, d => d.IsError);
        Assert.Equal("PRL020", diagnostic.Id);
        Assert.Equal((21, 28), (diagnostic.Location!.Line, diagnostic.Location.Column));
        Assert.Contains("minimumPartners", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(catalogue.Rules);
    }

    [Fact]
    public void A_parameter_must_have_a_numeric_value_and_a_description()
    {
        var catalogue = Load(RuleWithParameter().Replace("value: 3", "value: three"));
        Assert.Contains(catalogue.Diagnostics, d => d.Id == "PRL004" && d.Location!.Line == 17);
        Assert.Empty(catalogue.Rules);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public void A_threshold_that_is_not_a_finite_number_is_refused_wherever_it_is_given(string text)
    {
        // NaN parses as a number but makes every comparison false: the rule would silently never fire.
        var inRule = Load(RuleWithParameter().Replace("value: 3", "value: " + text, StringComparison.Ordinal));
        Assert.Contains(inRule.Diagnostics, d => d.Id == "PRL004" && d.Location!.Line == 17);

        var value = double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var fromHost = Load(RuleWithParameter(), new Dictionary<string, double> { ["PR9001.minimumPartners"] = value });
        Assert.Contains(fromHost.Diagnostics, d => d.Id == "PRL005" && d.Location is not null);
        Assert.Empty(fromHost.Rules);

        var configuration = ConfigurationFile.Parse("partnershiprules.yaml", "parameters:\n  PR4007.minimumBarriers: " + text + "\n");
        var refused = Assert.Single(configuration.Diagnostics);
        Assert.Equal(("PRL004", 2, 27), (refused.Id, refused.Location!.Line, refused.Location.Column));

        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(2, Cli.Program.Run(new[] { "validate", "--set", "PR4007.minimumBarriers=" + text }, output, error));
        Assert.Contains("finite number", error.ToString(), StringComparison.Ordinal);
    }
}
