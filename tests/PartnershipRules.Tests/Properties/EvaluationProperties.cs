using CsCheck;
using PartnershipRules.Cases;
using PartnershipRules.Documents;
using PartnershipRules.Engine;
using PartnershipRules.Facts;
using PartnershipRules.Fuzz;
using PartnershipRules.Model;

namespace PartnershipRules.Tests.Properties;

/// <summary>
/// Properties of evaluation over random partnerships (<see cref="PartnershipGen"/>): it never throws; every enabled
/// rule gets exactly one result, whose outcome is one of the four; a rule fired exactly when it has a finding; the
/// evaluation is complete and reports no engine diagnostics. And every partnership a case file can express reads back
/// from its case file to the same outcomes and messages.
/// </summary>
public class EvaluationProperties
{
    /// <summary>Kept modest: the whole catalogue is evaluated per sample (about 1 to 10 ms each, more for long lists).</summary>
    private const int Iterations = 100;

    private static readonly Lazy<PartnershipAnalyzer> Analyzer = new(PartnershipAnalyzer.CreateDefault);

    private static readonly DocumentLimits Roomy = new()
    {
        MaxFileBytes = 64 * 1024 * 1024,
        MaxScalarLength = 1024 * 1024,
        MaxNodes = 10_000_000,
        MaxListItems = 100_000,
    };

    [Fact]
    public void Any_partnership_evaluates_completely_with_one_of_four_outcomes_per_rule()
    {
        var analyzer = Analyzer.Value;
        PartnershipGen.Any.Sample(
            partnership =>
            {
                var result = analyzer.Analyze(partnership);
                Assert.Equal(analyzer.Rules.Select(r => r.Id), result.Results.Select(r => r.RuleId));
                var problem = Targets.Evaluated(result);
                Assert.True(problem is null, problem);
                Assert.All(result.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Message)));
            },
            iter: Iterations,
            print: PartnershipGen.ToCaseFile);
    }

    [Fact]
    public void A_partnership_read_back_from_its_case_file_gives_the_same_outcomes()
    {
        var analyzer = Analyzer.Value;
        PartnershipGen.FileSafe.Sample(
            partnership =>
            {
                var text = PartnershipGen.ToCaseFile(partnership);
                var read = CaseFile.Parse("generated.yaml", text, Roomy);
                Assert.True(!read.HasErrors, string.Join("\n", read.Diagnostics));
                var direct = analyzer.Analyze(partnership).Results.Select(r => (r.RuleId, r.Outcome, r.Finding?.Message));
                var fromFile = analyzer.Analyze(read.Case!).Results.Select(r => (r.RuleId, r.Outcome, r.Finding?.Message));
                Assert.Equal(direct, fromFile);
            },
            iter: Iterations / 4,
            print: PartnershipGen.ToCaseFile);
    }

    /// <summary>
    /// A partnership assessed on the first day .NET can hold, reviewed on its last. Case files refuse such dates
    /// (PRC004), but the C# API takes them: "reviewed more than N months before assessedOn" (PR5039) must not compute
    /// a date before 0001-01-01 (it once threw inside evaluation, leaving the result incomplete).
    /// </summary>
    [Fact]
    public void The_first_and_last_dates_dotnet_holds_evaluate_completely()
    {
        var partnership = new Partnership { AssessedOn = DateTime.MinValue, InclusionReviewDate = DateTime.MaxValue.Date };
        Assert.Null(Targets.Evaluated(Analyzer.Value.Analyze(partnership)));
    }
}
