using PartnershipRules.Engine;
using PartnershipRules.Facts;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Tests;

/// <summary>The host's clock dates a case that records no assessment date; a recorded date, or "unknown", is kept.</summary>
public class ClockTests
{
    private static readonly RuleCatalogue Catalogue = RuleCatalogue.LoadDefault();

    private static readonly Partnership Undated = new() { Name = "Undated", InclusionReviewDate = new DateTime(2020, 1, 15) };

    [Fact]
    public void Without_a_clock_an_undated_case_cannot_say_how_long_ago_a_review_was()
    {
        var result = new PartnershipAnalyzer(Catalogue).Analyze(Undated);
        Assert.Equal(Outcome.InsufficientInformation, result.Results.Single(r => r.RuleId == "PR5039").Outcome);
        Assert.False(result.AssessmentDateFromClock);
        Assert.Equal(FactState.NotRecorded, result.AssessmentDate.State);
    }

    [Fact]
    public void With_a_clock_an_undated_case_is_assessed_today_and_the_result_says_so()
    {
        var analyzer = new PartnershipAnalyzer(Catalogue, new AnalyzerOptions { Today = () => new DateTime(2026, 11, 26, 15, 30, 0) });
        var result = analyzer.Analyze(Undated);
        Assert.Equal(Outcome.Fired, result.Results.Single(r => r.RuleId == "PR5039").Outcome);
        Assert.True(result.AssessmentDateFromClock);
        Assert.Equal(new DateTime(2026, 11, 26), result.AssessmentDate.Value);
        Assert.Equal(FactState.NotRecorded, Undated.AssessedOn.State); // the caller's partnership is untouched

        var recorded = analyzer.Analyze(new Partnership { InclusionReviewDate = new DateTime(2020, 1, 15), AssessedOn = new DateTime(2020, 3, 1) });
        Assert.False(recorded.AssessmentDateFromClock);
        Assert.Equal(Outcome.NotFired, recorded.Results.Single(r => r.RuleId == "PR5039").Outcome);

        var unknown = analyzer.Analyze(new Partnership { InclusionReviewDate = new DateTime(2020, 1, 15), AssessedOn = Fact.Unknown });
        Assert.False(unknown.AssessmentDateFromClock);
        Assert.Equal(Outcome.InsufficientInformation, unknown.Results.Single(r => r.RuleId == "PR5039").Outcome);
    }
}
