using PartnershipRules.Engine;
using PartnershipRules.Facts;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Tests;

/// <summary>
/// The payloads that gave Dynamic LINQ rule engines remote code execution, put into every place a rule file takes
/// text: each is either inert text (kept verbatim, never evaluated) or a diagnostic. Nothing reaches .NET.
/// </summary>
public class InjectionTests
{
    // One list of payloads for these tests and the hostile-input corpus.
    public static readonly TheoryData<string> Payloads = new(Hostile.HostileCorpus.Payloads);

    private static string Quoted(string payload) => "'" + payload.Replace("'", "''") + "'";

    private static RuleCatalogue Load(string text) => RuleCatalogue.Load(new[] { RuleSource.FromText("injected.yaml", text) });

    [Theory]
    [MemberData(nameof(Payloads))]
    public void In_prose_fields_a_payload_is_kept_as_text_and_never_run(string payload)
    {
        var text = RuleText.Rule("PR9001", "fact: name\nis: known")
            .Replace("title: Test rule PR9001", "title: " + Quoted(payload))
            .Replace("description: A rule used by the tests.", "description: " + Quoted(payload))
            .Replace("advice: Do something.", "advice: " + Quoted(payload))
            .Replace("message: \"Rule PR9001 fired for {name}.\"", "message: " + Quoted(payload.Replace("{", string.Empty).Replace("}", string.Empty) + " for {name}"));
        var catalogue = Load(text);
        Assert.Empty(catalogue.Diagnostics);
        var rule = Assert.Single(catalogue.Rules);
        Assert.Equal(payload, rule.Title);
        Assert.Equal(payload, rule.Advice);

        var finding = new PartnershipAnalyzer(catalogue).Analyze(new Partnership { Name = payload }).Findings.Single();
        Assert.StartsWith(payload.Replace("{", string.Empty).Replace("}", string.Empty), finding.Message, StringComparison.Ordinal);
        Assert.EndsWith(" for " + payload, finding.Message, StringComparison.Ordinal); // the fact's value, as text
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void In_structured_fields_a_payload_is_a_diagnostic(string payload)
    {
        var places = new[]
        {
            RuleText.Rule("PR9001", "fact: " + Quoted(payload) + "\nis: known"),                                   // fact path
            RuleText.Rule("PR9001", "fact: level\nequals: " + Quoted(payload)),                                   // enum value
            RuleText.Rule("PR9001", "some: " + Quoted(payload) + "\nwhere: {fact: name, is: known}"),              // list path
            RuleText.Rule("PR9001", "count: partners\natLeast: " + Quoted(payload)),                              // number
            RuleText.Rule("PR9001", "finding: " + Quoted(payload)),                                                // rule reference
            RuleText.Rule("PR9001", "fact: name\nis: known").Replace("message: \"Rule PR9001 fired for {name}.\"", "message: '{" + payload.Replace("'", "''") + "}'"), // placeholder
            RuleText.Rule("PR9001", "fact: name\nis: known").Replace("severity: warning", "severity: " + Quoted(payload)),
            RuleText.Rule("PR9001", "fact: name\nis: known").Replace("criteria: [PTN-FAC-001]", "criteria: [" + Quoted(payload) + "]"),
            RuleText.Rule("PR9001", "fact: name\nis: known").Replace("source: tett-2005", "source: " + Quoted(payload)),
            RuleText.Rule("PR9001", "fact: name\nis: known").Replace("id: PR9001", "id: " + Quoted(payload)),
        };

        foreach (var text in places)
        {
            var catalogue = Load(text);
            Assert.Contains(catalogue.Diagnostics, d => d.IsError && d.Location is not null);
            Assert.Empty(catalogue.Rules);
        }
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void In_a_text_fact_of_a_case_a_payload_is_only_compared_as_text(string payload)
    {
        var catalogue = Load(RuleText.Rule("PR9001", "fact: name\nequals: " + Quoted(payload)));
        Assert.Empty(catalogue.Diagnostics);
        var analyzer = new PartnershipAnalyzer(catalogue);
        Assert.Equal(Outcome.Fired, analyzer.Analyze(new Partnership { Name = payload }).Results.Single().Outcome);
        Assert.Equal(Outcome.NotFired, analyzer.Analyze(new Partnership { Name = "Riverside" }).Results.Single().Outcome);
    }
}
