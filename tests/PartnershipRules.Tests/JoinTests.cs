using PartnershipRules.Documents;
using PartnershipRules.Cases;
using PartnershipRules.Engine;
using PartnershipRules.Facts;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Tests;

/// <summary>
/// Following a reference to the record it names (a join): <c>funding[].controlledBy.sector</c> reads the sector of the
/// partner that controls the money, three-valued, with the reference and the partner's fact as evidence.
/// </summary>
public class JoinTests
{
    private const string ControlledByNonCommunity = "some: funding\nwhere:\n  fact: controlledBy.sector\n  noneOf: [community]";

    private static readonly Partner Council = new() { Id = "GCC", Name = "Greenhill City Council", Sector = Sector.Public };

    private static readonly Partner Tenants = new() { Id = "GTA", Name = "Greenhill Tenants' Association", Sector = Sector.Community };

    private static RuleResult Evaluate(string condition, Partnership partnership)
    {
        var catalogue = RuleCatalogue.Load(new[] { RuleSource.FromText("t.yaml", RuleText.Rule("PR9001", condition)) });
        Assert.Empty(catalogue.Diagnostics);
        return Assert.Single(new PartnershipAnalyzer(catalogue).Analyze(partnership).Results);
    }

    private static Partnership Funded(Fact<string> controlledBy, params Partner[] partners) => new()
    {
        Name = "Greenhill Partnership",
        Partners = partners,
        Funding = new[] { new FundingStream { Name = "Area fund", ControlledBy = controlledBy } },
    };

    [Theory]
    [InlineData("GCC", Outcome.Fired)]
    [InlineData("Greenhill City Council", Outcome.Fired)]
    [InlineData("GTA", Outcome.NotFired)]
    [InlineData("Greenhill Tenants' Association", Outcome.NotFired)]
    public void A_reference_by_id_or_name_reads_the_named_partner(string controlledBy, Outcome expected) =>
        Assert.Equal(expected, Evaluate(ControlledByNonCommunity, Funded(controlledBy, Council, Tenants)).Outcome);

    [Fact]
    public void An_id_is_matched_before_a_name()
    {
        // A partner whose name is another partner's id: the id wins, as the case loader and the docs say.
        var confusing = new Partner { Id = "X", Name = "GTA", Sector = Sector.Public };
        Assert.Equal(Outcome.NotFired, Evaluate(ControlledByNonCommunity, Funded("GTA", confusing, Tenants)).Outcome);
    }

    [Fact]
    public void An_unknown_unrecorded_or_dangling_reference_leaves_the_rule_undecided()
    {
        Assert.Equal(Outcome.InsufficientInformation, Evaluate(ControlledByNonCommunity, Funded(Fact.Unknown, Council, Tenants)).Outcome);
        Assert.Equal(Outcome.InsufficientInformation, Evaluate(ControlledByNonCommunity, Funded(default, Council, Tenants)).Outcome);

        // Built in code, a reference to nobody is never read as some other partner's fact.
        Assert.Equal(Outcome.InsufficientInformation, Evaluate(ControlledByNonCommunity, Funded("Big Lottery", Council, Tenants)).Outcome);
    }

    [Fact]
    public void The_partners_unknown_fact_is_the_missing_one_under_its_own_path()
    {
        var unsure = new Partner { Id = "WLT", Name = "Westgate Learning Trust" };
        var result = Evaluate(ControlledByNonCommunity, Funded("WLT", Tenants, unsure));
        Assert.Equal(Outcome.InsufficientInformation, result.Outcome);
        Assert.Equal("partners[1].sector", Assert.Single(result.MissingFacts).Location.Path);

        var unrecorded = Evaluate(ControlledByNonCommunity, Funded(default, Council));
        Assert.Equal("funding[0].controlledBy", Assert.Single(unrecorded.MissingFacts).Location.Path);
    }

    [Fact]
    public void Evidence_names_the_reference_the_partner_it_names_and_the_partners_fact()
    {
        var finding = Evaluate(ControlledByNonCommunity, Funded("GCC", Tenants, Council)).Finding!;
        Assert.Equal(
            new[] { "funding[0].controlledBy = GCC (names Greenhill City Council, partners[1])", "partners[1].sector = public" },
            finding.Evidence.Select(e => e.ToString()));
    }

    [Theory]
    [InlineData("some: funding\nwhere:\n  fact: controlledBy.isAccountableBody\n  is: true", null)]
    [InlineData("some: funding\nwhere:\n  fact: controlledBy.name\n  equals: GCC", "PRL008")]
    [InlineData("some: funding\nwhere:\n  fact: controlledBy.representatives\n  is: known", "PRL008")]
    [InlineData("some: funding\nwhere:\n  fact: controlledBy.sector.value\n  equals: public", "PRL008")]
    [InlineData("distinct: funding\nof: controlledBy.sector\natLeast: 2", "PRL008")]
    [InlineData("some: funding\nwhere:\n  fact: controlledBy.sektor\n  equals: public", "PRL007")]
    public void Only_a_comparison_follows_a_reference_and_only_to_one_recorded_fact(string condition, string? expected)
    {
        var catalogue = RuleCatalogue.Load(new[] { RuleSource.FromText("t.yaml", RuleText.Rule("PR9001", condition)) });
        if (expected is null)
        {
            Assert.Empty(catalogue.Diagnostics);
            return;
        }

        Assert.Contains(catalogue.Diagnostics, d => d.Id == expected);
    }

    [Fact]
    public void A_case_file_reference_that_names_no_partner_is_refused_where_it_is_written()
    {
        const string Text = "partnership:\n  partners:\n    - {id: A, name: Alpha Council}\n  funding:\n    - name: F\n      controlledBy: Alpha Counci\n    - name: G\n      controlledBy: external_funder\n    - name: H\n      controlledBy: unknown\n    - name: I\n      controlledBy: Alpha Council\n";
        var result = CaseFile.Parse("case.yaml", Text);
        Assert.Equal(2, result.Diagnostics.Count);
        var typo = result.Diagnostics[0];
        Assert.Equal("PRC006", typo.Id);
        Assert.Equal((6, 21), (typo.Location!.Line, typo.Location.Column));
        Assert.Contains("Did you mean 'Alpha Council'?", typo.Message, StringComparison.Ordinal);
        Assert.Contains("A (Alpha Council)", typo.Message, StringComparison.Ordinal);
        var funder = result.Diagnostics[1];
        Assert.Equal((8, 21), (funder.Location!.Line, funder.Location.Column));
        Assert.Contains("funderDecidesSpending: true", funder.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_among_a_thousand_partners_lists_twenty_and_counts_the_rest()
    {
        var partners = string.Concat(Enumerable.Range(1, 1000).Select(i => $"    - {{id: P{i}, name: Partner {i}}}\n"));
        var result = CaseFile.Parse("case.yaml", "partnership:\n  partners:\n" + partners + "  funding:\n    - name: F\n      controlledBy: Q1\n", new DocumentLimits { MaxNodes = 100_000 });
        var unresolved = Assert.Single(result.Diagnostics);
        Assert.Equal("PRC006", unresolved.Id);
        Assert.Contains("P20 (Partner 20) and 980 more", unresolved.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("P21 (", unresolved.Message, StringComparison.Ordinal);
        Assert.True(unresolved.Message.Length < 1_500, unresolved.Message);
    }

    [Fact]
    public void The_finding_names_the_partner_that_controls_the_money()
    {
        var partnership = Funded("GCC", Tenants, Council);
        var result = new PartnershipAnalyzer(RuleCatalogue.LoadDefault()).Analyze(partnership).Results.Single(r => r.RuleId == "PR5012");
        Assert.Equal(Outcome.Fired, result.Outcome);
        Assert.Contains("Area fund (controlled by Greenhill City Council)", result.Finding!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_community_group_holding_the_only_fund_is_not_told_a_non_community_partner_controls_it()
    {
        const string Text = "partnership:\n  name: Eastfield\n  partners:\n    - {id: ECC, name: Eastfield City Council, sector: public, role: lead, isAccountableBody: true}\n    - {id: ERA, name: Eastfield Residents, sector: community}\n  funding:\n    - {name: Play Streets Fund, controlledBy: ERA}\n";
        var loaded = CaseFile.Parse("case.yaml", Text);
        Assert.False(loaded.HasErrors);
        var result = new PartnershipAnalyzer(RuleCatalogue.LoadDefault()).Analyze(loaded.Case!.Partnership);
        Assert.Equal(Outcome.NotFired, result.Results.Single(r => r.RuleId == "PR5012").Outcome);
    }
}
