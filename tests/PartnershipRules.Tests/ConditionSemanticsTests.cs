using PartnershipRules.Cases;
using PartnershipRules.Engine;
using PartnershipRules.Facts;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;
using PartnershipRules.RuleLanguage.Conditions;

namespace PartnershipRules.Tests;

/// <summary>Three-valued logic, quantifiers and composites, evaluated through NRules.</summary>
public class ConditionSemanticsTests
{
    private static RuleResult Evaluate(string condition, Partnership partnership, string? appliesWhen = null)
    {
        var text = RuleText.Rule("PR9001", condition);
        if (appliesWhen is not null)
        {
            text = text.Replace("    condition:\n", "    appliesWhen:\n" + RuleText.Indent(appliesWhen, 6) + "\n    condition:\n");
        }

        var catalogue = RuleCatalogue.Load(new[] { RuleSource.FromText("t.yaml", text) });
        Assert.Empty(catalogue.Diagnostics);
        return Assert.Single(new PartnershipAnalyzer(catalogue).Analyze(partnership).Results);
    }

    [Theory]
    [InlineData(Truth.False, Truth.False, Truth.False, Truth.False)]
    [InlineData(Truth.False, Truth.Unknown, Truth.False, Truth.Unknown)]
    [InlineData(Truth.True, Truth.Unknown, Truth.Unknown, Truth.True)]
    [InlineData(Truth.Unknown, Truth.Unknown, Truth.Unknown, Truth.Unknown)]
    [InlineData(Truth.True, Truth.True, Truth.True, Truth.True)]
    public void Kleene_and_or(Truth a, Truth b, Truth and, Truth or)
    {
        Assert.Equal(and, Kleene.And(a, b));
        Assert.Equal(and, Kleene.And(b, a));
        Assert.Equal(or, Kleene.Or(a, b));
        Assert.Equal(or, Kleene.Or(b, a));
    }

    [Fact]
    public void Not_mirrors_and_keeps_unknown()
    {
        Assert.Equal(Truth.False, Kleene.Not(Truth.True));
        Assert.Equal(Truth.True, Kleene.Not(Truth.False));
        Assert.Equal(Truth.Unknown, Kleene.Not(Truth.Unknown));
    }

    [Theory]
    [InlineData(2, 2, "AtLeast", 2, Truth.True)]
    [InlineData(1, 3, "AtLeast", 2, Truth.Unknown)]
    [InlineData(0, 1, "AtLeast", 2, Truth.False)]
    [InlineData(1, 3, "Equals", 5, Truth.False)]
    [InlineData(1, 3, "LessThan", 4, Truth.True)]
    public void Counts_with_unknowns_are_intervals(int low, int high, string op, double bound, Truth expected) =>
        Assert.Equal(expected, Kleene.Interval(low, high, Enum.Parse<ComparisonOperator>(op), bound));

    [Fact]
    public void Known_fact_fires_and_reports_evidence()
    {
        var result = Evaluate("fact: purposeClarity\nequals: unclear", new Partnership { Name = "P", PurposeClarity = PurposeClarity.Unclear });
        Assert.Equal(Outcome.Fired, result.Outcome);
        Assert.Equal("Rule PR9001 fired for P.", result.Finding!.Message);
        Assert.Equal("purposeClarity", result.Finding.Location.Path);
        Assert.Equal("unclear", Assert.Single(result.Finding.Evidence).Value);
    }

    [Theory]
    [InlineData("2025-04-01", "2026-03-31", Outcome.Fired)]
    [InlineData("2025-04-01", "2028-04-01", Outcome.Fired)]
    [InlineData("2025-04-01", "2028-04-02", Outcome.NotFired)]
    [InlineData(null, "2026-03-31", Outcome.InsufficientInformation)]
    [InlineData("2025-04-01", null, Outcome.InsufficientInformation)]
    public void Older_than_from_measures_between_two_dates_of_the_same_item(string? start, string? end, Outcome expected)
    {
        // A stream that runs no longer than 36 months: its start is not more than 36 months before its end.
        static Fact<DateTime> Date(string? text) => text is null ? default(Fact<DateTime>) : DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var partnership = new Partnership { Funding = new[] { new FundingStream { Name = "Grant", StartDate = Date(start), EndDate = Date(end) } } };

        var result = Evaluate("some: funding\nwhere:\n  not:\n    fact: startDate\n    olderThanMonths: 36\n    from: endDate", partnership);

        Assert.Equal(expected, result.Outcome);
        if (expected == Outcome.InsufficientInformation)
        {
            Assert.Equal(start is null ? "funding[0].startDate" : "funding[0].endDate", Assert.Single(result.MissingFacts).Location.Path);
        }
    }

    [Theory]
    [InlineData("2024-11-01", "2026-11-02", Outcome.Fired)]
    [InlineData("2024-11-02", "2026-11-02", Outcome.NotFired)]
    [InlineData("2024-11-01", null, Outcome.InsufficientInformation)]
    [InlineData(null, "2026-11-02", Outcome.InsufficientInformation)]
    public void Older_than_measures_from_the_assessment_date_not_the_clock(string? review, string? assessed, Outcome expected)
    {
        var partnership = new Partnership
        {
            InclusionReviewDate = review is null ? default(Fact<DateTime>) : DateTime.Parse(review, System.Globalization.CultureInfo.InvariantCulture),
            AssessedOn = assessed is null ? default(Fact<DateTime>) : DateTime.Parse(assessed, System.Globalization.CultureInfo.InvariantCulture),
        };
        var result = Evaluate("fact: inclusionReviewDate\nolderThanMonths: 24", partnership);
        Assert.Equal(expected, result.Outcome);
        if (expected == Outcome.InsufficientInformation)
        {
            Assert.Equal(review is null ? "inclusionReviewDate" : "assessedOn", Assert.Single(result.MissingFacts).Location.Path);
        }
        else if (expected == Outcome.Fired)
        {
            Assert.Equal(new[] { "inclusionReviewDate", "assessedOn" }, result.Finding!.Evidence.Select(e => e.Location.Path));
        }
    }

    [Fact]
    public void Messages_name_items_without_a_name_by_their_code_and_read_lists_as_words()
    {
        var text = RuleText.Rule("PR9001", "some: reasons\nwhere: {fact: evidenceRecorded, is: false}")
            .Replace("message: \"Rule PR9001 fired for {name}.\"", "message: \"Unevidenced: {matches}; indicators: {monitoring.indicatorTypes}.\"");
        var catalogue = RuleCatalogue.Load(new[] { RuleSource.FromText("t.yaml", text) });
        Assert.Empty(catalogue.Diagnostics);
        var partnership = new Partnership
        {
            Reasons = new[]
            {
                new StatedReason { Code = ReasonCode.FillGap, EvidenceRecorded = true },
                new StatedReason { Code = ReasonCode.ComplexIssue, EvidenceRecorded = false },
            },
            Monitoring = new MonitoringAndEvaluation { IndicatorTypes = new[] { IndicatorType.HardOutputs, IndicatorType.AgencyTargets } },
        };
        var finding = new PartnershipAnalyzer(catalogue).Analyze(partnership).Findings.Single();
        Assert.Equal("Unevidenced: complex_issue; indicators: hard_outputs, agency_targets.", finding.Message);
    }

    [Theory]
    [InlineData("youth work", "careers", Outcome.Fired)]
    [InlineData("youth work", "youth work", Outcome.NotFired)]
    [InlineData("youth work", null, Outcome.InsufficientInformation)]
    public void Distinct_counts_values_across_every_partners_list(string first, string? second, Outcome expected)
    {
        var partnership = new Partnership
        {
            Partners = new[]
            {
                new Partner { Name = "A", Professions = new[] { first } },
                new Partner { Name = "B", Professions = second is null ? null : new[] { second } },
            },
        };
        Assert.Equal(expected, Evaluate("distinct: partners\nof: professions\natLeast: 2", partnership).Outcome);
    }

    [Fact]
    public void Explain_gives_every_node_its_fact_value_and_conclusion()
    {
        var analyzer = PartnershipAnalyzer.CreateDefault();
        var partnership = new Partnership
        {
            Partners = new[]
            {
                new Partner { Name = "Council", FundingBasis = FundingBasis.StatutoryAllocation },
                new Partner { Name = "Tenants", FundingBasis = Fact.Unknown },
            },
        };
        var explanation = analyzer.Explain(new PartnershipCase(partnership), "PR3002");
        Assert.Equal(Outcome.InsufficientInformation, explanation.Result.Outcome);
        Assert.Equal(Truth.Unknown, explanation.Condition.Value);
        var leaves = explanation.Condition.Children;
        Assert.Equal(("partners[0].fundingBasis", "statutory_allocation", FactState.Known), (leaves[0].FactPath, leaves[0].FoundValue, leaves[0].FactState));
        Assert.Equal(("partners[1].fundingBasis", (string?)null, FactState.Unknown), (leaves[1].FactPath, leaves[1].FoundValue, leaves[1].FactState));
        Assert.Throws<ArgumentException>(() => analyzer.Explain(new PartnershipCase(partnership), "PR0000"));
    }

    [Fact]
    public void Other_value_does_not_fire() =>
        Assert.Equal(Outcome.NotFired, Evaluate("fact: purposeClarity\nequals: unclear", new Partnership { PurposeClarity = PurposeClarity.AllPartnersClear }).Outcome);

    [Fact]
    public void Unknown_and_not_recorded_are_insufficient_and_told_apart()
    {
        var unknown = Evaluate("fact: purposeClarity\nequals: unclear", new Partnership { PurposeClarity = Fact.Unknown });
        var missing = Evaluate("fact: purposeClarity\nequals: unclear", new Partnership());
        Assert.Equal(Outcome.InsufficientInformation, unknown.Outcome);
        Assert.Equal(FactState.Unknown, Assert.Single(unknown.MissingFacts).State);
        Assert.Equal(FactState.NotRecorded, Assert.Single(missing.MissingFacts).State);
        Assert.Contains("partner", missing.MissingFacts[0].Question, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Any_fires_on_one_known_true_even_with_unknowns() =>
        Assert.Equal(Outcome.Fired, Evaluate("any:\n  - fact: resources.time\n    equals: extremely_limited\n  - fact: resources.money\n    equals: extremely_limited", new Partnership { Resources = new ResourceSufficiency { Money = ResourceLevel.ExtremelyLimited } }).Outcome);

    [Fact]
    public void All_is_false_on_one_known_false_even_with_unknowns() =>
        Assert.Equal(Outcome.NotFired, Evaluate("all:\n  - fact: alternativesConsidered\n    is: false\n  - fact: negotiationMechanism\n    is: false", new Partnership { NegotiationMechanism = true }).Outcome);

    [Fact]
    public void Some_partner_names_the_partner_and_its_path()
    {
        var partnership = new Partnership
        {
            Name = "P",
            Partners = new[]
            {
                new Partner { Name = "Council", Stability = PartnerStability.Stable },
                new Partner { Name = "Tenants", Stability = PartnerStability.Unstable },
            },
        };
        var result = Evaluate("some: partners\nwhere:\n  fact: stability\n  equals: unstable", partnership);
        Assert.Equal(Outcome.Fired, result.Outcome);
        Assert.Equal("partners[1].stability", result.Finding!.Location.Path);
    }

    [Fact]
    public void Some_over_an_unrecorded_list_is_insufficient_and_an_empty_list_is_false()
    {
        const string Condition = "some: partners\nwhere:\n  fact: stability\n  equals: unstable";
        Assert.Equal(Outcome.InsufficientInformation, Evaluate(Condition, new Partnership()).Outcome);
        Assert.Equal("partners", Evaluate(Condition, new Partnership()).MissingFacts[0].Location.Path);
        Assert.Equal(Outcome.NotFired, Evaluate(Condition, new Partnership { Partners = Array.Empty<Partner>() }).Outcome);
    }

    [Fact]
    public void Some_with_an_unknown_item_and_no_true_item_is_insufficient()
    {
        var partnership = new Partnership { Partners = new[] { new Partner { Stability = PartnerStability.Stable }, new Partner { Stability = Fact.Unknown } } };
        var result = Evaluate("some: partners\nwhere:\n  fact: stability\n  equals: unstable", partnership);
        Assert.Equal(Outcome.InsufficientInformation, result.Outcome);
        Assert.Equal("partners[1].stability", Assert.Single(result.MissingFacts).Location.Path);
    }

    [Fact]
    public void Distinct_counts_known_values_and_bounds_unknown_ones()
    {
        const string Condition = "distinct: partners\nof: fundingBasis\natLeast: 2";
        var two = new Partnership { Partners = new[] { new Partner { FundingBasis = FundingBasis.StatutoryAllocation }, new Partner { FundingBasis = FundingBasis.CompetitiveGrants } } };
        var one = new Partnership { Partners = new[] { new Partner { FundingBasis = FundingBasis.StatutoryAllocation }, new Partner { FundingBasis = FundingBasis.StatutoryAllocation } } };
        var open = new Partnership { Partners = new[] { new Partner { FundingBasis = FundingBasis.StatutoryAllocation }, new Partner { FundingBasis = Fact.Unknown } } };
        Assert.Equal(Outcome.Fired, Evaluate(Condition, two).Outcome);
        Assert.Equal(Outcome.NotFired, Evaluate(Condition, one).Outcome);
        Assert.Equal(Outcome.InsufficientInformation, Evaluate(Condition, open).Outcome);
    }

    [Fact]
    public void Share_of_funding_compares_a_fraction()
    {
        var partnership = new Partnership
        {
            Funding = new[]
            {
                new FundingStream { Amount = 75_000d, ControlledBy = "LA" },
                new FundingStream { Amount = 25_000d, ControlledBy = "TA" },
            },
        };
        Assert.Equal(Outcome.Fired, Evaluate("share: funding\nof: amount\nwhere:\n  fact: controlledBy\n  equals: LA\ngreaterThan: 0.5", partnership).Outcome);
        Assert.Equal(Outcome.NotFired, Evaluate("share: funding\nof: amount\nwhere:\n  fact: controlledBy\n  equals: TA\ngreaterThan: 0.5", partnership).Outcome);
    }

    [Fact]
    public void Observation_value_is_compared_and_its_evidence_kept()
    {
        var partnership = new Partnership { Observations = new Observations { Trust = new Observation { Value = ObservedValue.Partly, Evidence = "minutes of 3 May" } } };
        var result = Evaluate("fact: observations.trust\noneOf: [no, partly]", partnership);
        Assert.Equal(Outcome.Fired, result.Outcome);
        Assert.Contains("minutes of 3 May", result.Finding!.Evidence[0].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Precondition_false_is_not_applicable_and_unknown_is_insufficient()
    {
        const string Applies = "some: partners\nwhere:\n  fact: sector\n  equals: community";
        const string Condition = "fact: alternativesConsidered\nis: false";
        var noCommunity = new Partnership { AlternativesConsidered = false, Partners = new[] { new Partner { Sector = Sector.Public } } };
        var unknownSector = new Partnership { AlternativesConsidered = false, Partners = new[] { new Partner { Sector = Fact.Unknown } } };
        var community = new Partnership { AlternativesConsidered = false, Partners = new[] { new Partner { Sector = Sector.Community } } };
        Assert.Equal(Outcome.NotApplicable, Evaluate(Condition, noCommunity, Applies).Outcome);
        Assert.Equal(Outcome.InsufficientInformation, Evaluate(Condition, unknownSector, Applies).Outcome);
        Assert.Equal(Outcome.Fired, Evaluate(Condition, community, Applies).Outcome);
    }

    [Fact]
    public void Composite_rule_matches_other_findings_through_forward_chaining()
    {
        var barrier1 = RuleText.Rule("PR9001", "fact: alternativesConsidered\nis: false", kind: "barrier");
        var barrier2 = RuleText.Rule("PR9002", "fact: negotiationMechanism\nis: false", kind: "barrier").Replace("rules:\n", string.Empty);
        var barrier3 = RuleText.Rule("PR9003", "fact: jointVsSeparateWorkAgreed\nis: false", kind: "barrier").Replace("rules:\n", string.Empty);
        var composite = RuleText.Rule("PR9010", "findings:\n  kind: barrier\natLeast: 2", kind: "avoid_collaboration").Replace("rules:\n", string.Empty);
        var catalogue = RuleCatalogue.Load(new[] { RuleSource.FromText("t.yaml", barrier1 + barrier2 + barrier3 + composite) });
        Assert.Empty(catalogue.Diagnostics);
        var analyzer = new PartnershipAnalyzer(catalogue);

        Outcome Composite(Partnership p) => analyzer.Analyze(p).Results.Single(r => r.RuleId == "PR9010").Outcome;
        Assert.Equal(Outcome.Fired, Composite(new Partnership { AlternativesConsidered = false, NegotiationMechanism = false, JointVsSeparateWorkAgreed = true }));
        Assert.Equal(Outcome.NotFired, Composite(new Partnership { AlternativesConsidered = false, NegotiationMechanism = true, JointVsSeparateWorkAgreed = true }));
        Assert.Equal(Outcome.InsufficientInformation, Composite(new Partnership { AlternativesConsidered = false, NegotiationMechanism = true }));
        var fired = analyzer.Analyze(new Partnership { AlternativesConsidered = false, NegotiationMechanism = false, JointVsSeparateWorkAgreed = false });
        Assert.Contains("3 fired", fired.Findings.Single(f => f.RuleId == "PR9010").Evidence[0].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Compiled_gate_and_trace_agree_on_every_example_and_rule()
    {
        var analyzer = PartnershipAnalyzer.CreateDefault();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "rules", "examples"), "*.yaml"))
        {
            var result = analyzer.Analyze(CaseFile.Load(file).Case!);
            Assert.True(result.IsComplete);
            Assert.All(result.Results, r => Assert.Equal(r.Outcome == Outcome.Fired, r.Finding is not null));
            Assert.All(result.Results.Where(r => r.Outcome == Outcome.InsufficientInformation), r => Assert.NotEmpty(r.MissingFacts));
        }
    }
}
