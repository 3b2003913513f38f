using PartnershipRules.Cases;
using PartnershipRules.Facts;

namespace PartnershipRules.Tests;

/// <summary>Reading case files: values, unknowns, and a located diagnostic for each kind of mistake.</summary>
public class CaseFileTests
{
    private static (string Id, int Line, int Column) Error(string yaml)
    {
        var result = CaseFile.Parse("case.yaml", yaml);
        Assert.Null(result.Case);
        var diagnostic = result.Diagnostics.First(d => d.IsError);
        return (diagnostic.Id, diagnostic.Location!.Line, diagnostic.Location.Column);
    }

    [Fact]
    public void Reads_values_unknowns_and_observation_shorthand()
    {
        var result = CaseFile.Parse("case.yaml", "partnership:\n  name: P\n  alternativesConsidered: unknown\n  purposeClarity: unclear\n  partners: []\n  observations:\n    trust: partly\n");
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var partnership = result.Case!.Partnership;
        Assert.Equal(FactState.Unknown, partnership.AlternativesConsidered.State);
        Assert.Equal(PurposeClarity.Unclear, partnership.PurposeClarity.Value);
        Assert.Equal(FactState.NotRecorded, partnership.JointVsSeparateWorkAgreed.State);
        Assert.Empty(partnership.Partners!);
        Assert.Null(partnership.Funding);
        Assert.Equal(ObservedValue.Partly, partnership.Observations.Trust!.Value.Value);
        Assert.Equal(4, result.Case.SourceMap!.Find("purposeClarity")!.Line);
    }

    [Fact]
    public void Reads_json() =>
        Assert.False(CaseFile.Parse("case.json", "{\"partnership\": {\"name\": \"P\", \"partners\": [{\"sector\": \"community\"}]}}").HasErrors);

    [Fact]
    public void Json_unknown_is_unknown_for_every_fact_that_is_not_text()
    {
        var result = CaseFile.Parse("case.json", "{\"partnership\": {\"alternativesConsidered\": \"unknown\", \"purposeClarity\": \"unknown\", \"startDate\": \"unknown\", \"partners\": [{\"sector\": \"unknown\"}], \"observations\": {\"trust\": \"unknown\"}}}");
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var partnership = result.Case!.Partnership;
        Assert.Equal(FactState.Unknown, partnership.AlternativesConsidered.State);
        Assert.Equal(FactState.Unknown, partnership.PurposeClarity.State);
        Assert.Equal(FactState.Unknown, partnership.StartDate.State);
        Assert.Equal(FactState.Unknown, partnership.Partners![0].Sector.State);
        Assert.Equal(FactState.Unknown, partnership.Observations.Trust!.Value.State);
    }

    /// <summary>Issue 16: negative and fractional seat counts were accepted.</summary>
    [Theory]
    [InlineData("forums: [{name: Board, seatsCommunity: -1}]", "a whole number from 0 to 10,000")]
    [InlineData("forums: [{name: Board, seatsCommunity: 2.5}]", "a whole number from 0 to 10,000")]
    [InlineData("involvement: {communityGroupsInvolved: -3}", "a whole number from 0 to 100,000")]
    [InlineData("funding: [{name: Grant, amount: -500}]", "a number of at least 0")]
    [InlineData("partners: [{name: A, representatives: [{name: R, hoursPerMonth: 800}]}]", "a number from 0 to 744")]
    public void A_count_or_amount_out_of_its_range_is_refused_where_it_is_written(string fact, string expected)
    {
        var result = CaseFile.Parse("case.yaml", "partnership:\n  " + fact + "\n");
        Assert.Null(result.Case);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("PRC004", 2), (error.Id, error.Location!.Line));
        Assert.Contains("expected " + expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("forums: [{name: Board, seatsCommunity: 0}]")]
    [InlineData("forums: [{name: Board, seatsCommunity: 3.0}]")]
    [InlineData("partners: [{name: A, representatives: [{name: R, hoursPerMonth: 2.5, otherPartnershipRoles: 1e3}]}]")]
    [InlineData("funding: [{name: Grant, amount: 12500.50}]")]
    public void Counts_and_amounts_in_range_are_read(string fact)
    {
        var result = CaseFile.Parse("case.yaml", "partnership:\n  " + fact + "\n");
        Assert.False(result.HasErrors, string.Join("; ", result.Diagnostics));
    }

    [Fact]
    public void The_case_schema_says_the_same_ranges()
    {
        var schema = PartnershipRules.Reporting.Schemas.CaseTemplate.JsonSchema();
        Assert.Contains("\"type\": \"integer\",\n", schema, StringComparison.Ordinal);
        Assert.Contains("\"maximum\": 744", schema, StringComparison.Ordinal);
    }

    [Fact]
    public void PRC001_no_partnership_key() => Assert.Equal(("PRC001", 1, 1), Error("name: P\n"));

    [Fact]
    public void PRC002_unknown_field_with_suggestion()
    {
        Assert.Equal(("PRC002", 2, 3), Error("partnership:\n  purposeClarty: unclear\n"));
        Assert.Contains("Did you mean 'purposeClarity'", CaseFile.Parse("c.yaml", "partnership:\n  purposeClarty: unclear\n").Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PRC003_wrong_shape() => Assert.Equal(("PRC003", 2, 13), Error("partnership:\n  partners: council\n"));

    [Fact]
    public void PRC004_bad_boolean() => Assert.Equal(("PRC004", 2, 27), Error("partnership:\n  alternativesConsidered: maybe\n"));

    [Fact]
    public void PRC005_value_not_in_the_list() => Assert.Equal(("PRC005", 3, 15), Error("partnership:\n  partners:\n    - sector: charity\n"));

    [Fact]
    public void Quoted_true_is_not_a_boolean() => Assert.Equal("PRC004", Error("partnership:\n  alternativesConsidered: \"true\"\n").Id);

    [Fact]
    public void All_errors_are_reported_not_only_the_first() =>
        Assert.Equal(2, CaseFile.Parse("c.yaml", "partnership:\n  alternativesConsidered: maybe\n  purposeClarity: foggy\n").Diagnostics.Count(d => d.IsError));

    [Fact]
    public void A_byte_order_mark_is_noted_and_the_case_still_reads()
    {
        var read = CaseFile.Parse("bom.yaml", "\uFEFFpartnership:\n  name: P\n");
        Assert.False(read.HasErrors);
        Assert.Equal("PR0013", Assert.Single(read.Diagnostics).Id);
    }

    [Fact]
    public void A_date_outside_1900_to_2199_is_a_typing_mistake()
    {
        Assert.Equal(("PRC004", 2, 15), Error("partnership:\n  assessedOn: 0001-01-01\n"));
        Assert.Equal(("PRC004", 2, 24), Error("partnership:\n  inclusionReviewDate: 9999-12-31\n"));
        Assert.False(CaseFile.Parse("c.yaml", "partnership:\n  assessedOn: 1900-01-01\n  plannedEndDate: 2199-12-31\n").HasErrors);
    }

    [Fact]
    public void A_json_case_records_unknown_as_the_schema_says()
    {
        var read = CaseFile.Parse("c.json", "{\"partnership\": {\"alternativesConsidered\": \"unknown\", \"level\": \"unknown\", \"assessedOn\": \"unknown\", \"partners\": [{\"sector\": \"unknown\", \"serviceBoundary\": \"unknown\"}]}}");
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        var partnership = read.Case!.Partnership;
        Assert.Equal(FactState.Unknown, partnership.AlternativesConsidered.State);
        Assert.Equal(FactState.Unknown, partnership.Level.State);
        Assert.Equal(FactState.Unknown, partnership.AssessedOn.State);
        Assert.Equal(FactState.Unknown, partnership.Partners![0].Sector.State);
        Assert.Equal("unknown", partnership.Partners[0].ServiceBoundary.Value); // quoted text stays text
    }
}
