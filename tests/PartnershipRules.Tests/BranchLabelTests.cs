using PartnershipRules.Engine;
using PartnershipRules.Facts;
using PartnershipRules.Model;
using PartnershipRules.Reporting;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Tests;

/// <summary>Branch labels: {because} names the branch that decided a finding, and a branch's criteria are named only when it did.</summary>
public class BranchLabelTests
{
    private const string Message = "message: \"Rule PR9001 fired for {name}.\"";

    private const string TwoBranches =
        "any:\n" +
        "  - fact: resources.time\n    equals: extremely_limited\n    because: time is extremely limited\n    criteria: [PTN-FAC-001]\n" +
        "  - fact: resources.money\n    equals: extremely_limited\n    because: money is extremely limited\n    criteria: [PTN-FAC-002]";

    private static string Rule(string condition, string message = "Short of resources ({because}).") =>
        RuleText.Rule("PR9001", condition)
            .Replace(Message, "message: \"" + message + "\"", StringComparison.Ordinal)
            .Replace("criteria: [PTN-FAC-001]\n    advice", "criteria: [PTN-FAC-001, PTN-FAC-002, PTN-FAC-003]\n    advice", StringComparison.Ordinal);

    private static RuleCatalogue Load(string text) => RuleCatalogue.Load(new[] { RuleSource.FromText("t.yaml", text) });

    private static Finding? Fire(string text, Partnership partnership)
    {
        var catalogue = Load(text);
        Assert.Empty(catalogue.Diagnostics);
        return new PartnershipAnalyzer(catalogue).Analyze(partnership).Findings.SingleOrDefault();
    }

    private static Partnership Short(ResourceLevel time, ResourceLevel money) =>
        new() { Name = "P", Resources = new ResourceSufficiency { Time = time, Money = money } };

    [Fact]
    public void Because_names_the_branch_that_fired_and_only_its_criteria()
    {
        var money = Fire(Rule(TwoBranches), Short(ResourceLevel.Adequate, ResourceLevel.ExtremelyLimited))!;
        Assert.Equal("Short of resources (money is extremely limited).", money.Message);

        // PTN-FAC-003 belongs to no branch, so every finding names it; PTN-FAC-001 only when time decided it.
        Assert.Equal(new[] { "PTN-FAC-002", "PTN-FAC-003" }, money.Criteria);
        Assert.Equal(new[] { "PTN-FAC-001", "PTN-FAC-002", "PTN-FAC-003" }, money.Descriptor.Criteria);

        var both = Fire(Rule(TwoBranches), Short(ResourceLevel.ExtremelyLimited, ResourceLevel.ExtremelyLimited))!;
        Assert.Equal("Short of resources (time is extremely limited and money is extremely limited).", both.Message);
        Assert.Equal(new[] { "PTN-FAC-001", "PTN-FAC-002", "PTN-FAC-003" }, both.Criteria);
    }

    [Fact]
    public void A_branch_that_is_unknown_is_not_named()
    {
        var finding = Fire(Rule(TwoBranches), new Partnership { Resources = new ResourceSufficiency { Time = Fact.Unknown, Money = ResourceLevel.ExtremelyLimited } })!;
        Assert.Equal("Short of resources (money is extremely limited).", finding.Message);
    }

    [Fact]
    public void Labels_inside_an_items_condition_are_named_once_for_all_matching_items()
    {
        var condition =
            "some: reasons\nwhere:\n  all:\n    - {fact: evidenceRecorded, is: false}\n    - any:\n" +
            "        - {fact: code, equals: fill_gap, because: filling a gap, criteria: [PTN-FAC-001]}\n" +
            "        - {fact: code, equals: complex_issue, because: a complex issue, criteria: [PTN-FAC-002]}";
        var partnership = new Partnership
        {
            Reasons = new[]
            {
                new StatedReason { Code = ReasonCode.ComplexIssue, EvidenceRecorded = false },
                new StatedReason { Code = ReasonCode.FillGap, EvidenceRecorded = true },
                new StatedReason { Code = ReasonCode.ComplexIssue, EvidenceRecorded = false },
            },
        };
        var finding = Fire(Rule(condition, "Unevidenced: {because}."), partnership)!;
        Assert.Equal("Unevidenced: a complex issue.", finding.Message);
        Assert.Equal(new[] { "PTN-FAC-002", "PTN-FAC-003" }, finding.Criteria);
    }

    [Fact]
    public void A_finding_in_json_and_sarif_names_its_own_criteria()
    {
        var catalogue = Load(Rule(TwoBranches));
        var result = new PartnershipAnalyzer(catalogue).Analyze(Short(ResourceLevel.ExtremelyLimited, ResourceLevel.Adequate));
        var report = new Report(new[] { new CaseReport("case.yaml", "P", result) }, catalogue.Rules);
        foreach (var format in new[] { ReportFormat.Json, ReportFormat.Sarif })
        {
            using var output = new StringWriter();
            ReportWriter.For(format).Write(output, report);
            using var json = System.Text.Json.JsonDocument.Parse(output.ToString());
            var criteria = FindArrays(json.RootElement, "criteria").Select(a => string.Join(",", a.EnumerateArray().Select(e => e.GetString()))).ToList();
            Assert.Contains("PTN-FAC-001,PTN-FAC-003", criteria);
        }
    }

    private static IEnumerable<System.Text.Json.JsonElement> FindArrays(System.Text.Json.JsonElement element, string name)
    {
        if (element.ValueKind == System.Text.Json.JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == name && property.Value.ValueKind == System.Text.Json.JsonValueKind.Array)
                {
                    yield return property.Value;
                }

                foreach (var found in FindArrays(property.Value, name))
                {
                    yield return found;
                }
            }
        }
        else if (element.ValueKind == System.Text.Json.JsonValueKind.Array)
        {
            foreach (var found in element.EnumerateArray().SelectMany(e => FindArrays(e, name)))
            {
                yield return found;
            }
        }
    }

    [Fact]
    public void A_not_or_a_none_may_carry_the_label_of_what_it_denies()
    {
        var condition = "any:\n  - not: {fact: resources.time, equals: adequate}\n    because: time is not adequate\n  - none: partners\n    because: there are no partners";
        Assert.Equal("Short of resources (time is not adequate).", Fire(Rule(condition), Short(ResourceLevel.Constrained, ResourceLevel.Adequate))!.Message);
    }

    [Fact]
    public void PRL031_because_needs_a_label_on_every_way_of_firing()
    {
        var unlabelled = Load(Rule("fact: resources.time\nequals: extremely_limited"));
        var none = Assert.Single(unlabelled.Diagnostics, d => d.Id == "PRL031");
        Assert.Equal((4, 14), (none.Location!.Line, none.Location.Column));
        Assert.Contains("has no 'because' label", none.Message, StringComparison.Ordinal);
        Assert.Empty(unlabelled.Rules);

        // The second branch has no label: the diagnostic points at it.
        var partly = Load(Rule(TwoBranches.Replace("    because: money is extremely limited\n", string.Empty, StringComparison.Ordinal)));
        var gap = Assert.Single(partly.Diagnostics, d => d.Id == "PRL031");
        Assert.Equal(22, Assert.Single(gap.AdditionalLocations).Line);

        // One labelled operand of an 'all' is enough; so is a label inside 'some'.
        Assert.Empty(Load(Rule("all:\n  - {fact: resources.time, equals: extremely_limited, because: no time}\n  - {fact: resources.money, equals: extremely_limited}")).Diagnostics);
        Assert.Empty(Load(Rule("some: partners\nwhere: {fact: stability, equals: unstable, because: a partner is unstable}")).Diagnostics);

        // 'every' is true of an empty list, where no item's label would print.
        Assert.Contains(Load(Rule("every: partners\nwhere: {fact: stability, equals: unstable, because: unstable}")).Diagnostics, d => d.Id == "PRL031");
    }

    [Fact]
    public void PRL032_a_label_that_can_never_be_shown_is_refused()
    {
        var underNot = Load(Rule("not:\n  fact: resources.time\n  equals: adequate\n  because: time is short", "Short of time."));
        var diagnostic = Assert.Single(underNot.Diagnostics, d => d.Id == "PRL032");
        Assert.Equal((19, 9), (diagnostic.Location!.Line, diagnostic.Location.Column));
        Assert.Contains("inside 'not'", diagnostic.Message, StringComparison.Ordinal);

        Assert.Contains(Load(Rule("none: partners\nwhere: {fact: stability, equals: stable, because: stable}", "No stable partner.")).Diagnostics, d => d.Id == "PRL032" && d.Message.Contains("'none'", StringComparison.Ordinal));

        var precondition = Rule("fact: resources.time\nequals: extremely_limited\nbecause: no time")
            .Replace("    condition:\n", "    appliesWhen:\n      fact: name\n      is: known\n      because: named\n    condition:\n", StringComparison.Ordinal);
        Assert.Contains(Load(precondition).Diagnostics, d => d.Id == "PRL032" && d.Message.Contains("appliesWhen", StringComparison.Ordinal));
    }

    [Fact]
    public void PRL033_a_branch_names_only_criteria_of_its_rule()
    {
        var catalogue = Load(Rule("fact: resources.time\nequals: extremely_limited\nbecause: no time\ncriteria: [PTN-FAC-004]"));
        var diagnostic = Assert.Single(catalogue.Diagnostics, d => d.Id == "PRL033");
        Assert.Equal((19, 18), (diagnostic.Location!.Line, diagnostic.Location.Column));
        Assert.Contains("PTN-FAC-001, PTN-FAC-002, PTN-FAC-003", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_is_a_few_words()
    {
        Assert.Contains(Load(Rule("fact: resources.time\nequals: extremely_limited\nbecause: [a, b]")).Diagnostics, d => d.Id == "PRL004");
        Assert.Contains(Load(Rule("fact: resources.time\nequals: extremely_limited\nbecause: " + new string('x', 101))).Diagnostics, d => d.Id == "PRL005");
        Assert.Contains(Load(Rule("fact: resources.time\nequals: extremely_limited\nbecuase: no time")).Diagnostics, d => d.Id == "PRL002");
    }
}
