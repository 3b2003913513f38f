using PartnershipRules.Diagnostics;
using PartnershipRules.Facts;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Tests;

/// <summary>Every rule-file diagnostic, each from a broken rule, with its line and column.</summary>
public class RuleLoaderDiagnosticsTests
{
    private static RuleCatalogue Load(params string[] files) =>
        RuleCatalogue.Load(files.Select((text, i) => RuleSource.FromText($"file{i}.yaml", text)));

    private static void AssertDiagnostic(string text, string id, int line, int column)
    {
        var catalogue = Load(text);
        var diagnostic = catalogue.Diagnostics.FirstOrDefault(d => d.Id == id);
        Assert.True(diagnostic is not null, $"Expected {id}; got:\n{string.Join("\n", catalogue.Diagnostics)}");
        Assert.Equal((line, column), (diagnostic!.Location!.Line, diagnostic.Location.Column));
        Assert.Equal("file0.yaml", diagnostic.Location.FilePath);
    }

    private const string Simple = "fact: purposeClarity\nequals: unclear";

    [Fact]
    public void Valid_rule_loads_without_diagnostics()
    {
        var catalogue = Load(RuleText.Rule("PR9001", Simple));
        Assert.Empty(catalogue.Diagnostics);
        Assert.Equal("PR9001", Assert.Single(catalogue.Rules).Id);
    }

    [Fact]
    public void PRL001_file_that_is_neither_rules_nor_works() => AssertDiagnostic("something: else\n", "PRL001", 1, 1);

    [Fact]
    public void PRL002_unknown_key_with_suggestion()
    {
        var text = RuleText.Rule("PR9001", Simple).Replace("    advice:", "    advise: x\n    advice:");
        AssertDiagnostic(text, "PRL002", 10, 5);
        Assert.Contains("Did you mean 'advice'", Load(text).Diagnostics.First(d => d.Id == "PRL002").Message);
    }

    [Fact]
    public void PRL003_missing_key() => AssertDiagnostic(RuleText.Rule("PR9001", Simple).Replace("    title: Test rule PR9001\n", string.Empty), "PRL003", 2, 5);

    [Fact]
    public void PRL004_wrong_type() => AssertDiagnostic(RuleText.Rule("PR9001", Simple).Replace("title: Test rule PR9001", "title: [a, b]"), "PRL004", 3, 12);

    [Fact]
    public void PRL005_invalid_severity() => AssertDiagnostic(RuleText.Rule("PR9001", Simple).Replace("severity: warning", "severity: critical"), "PRL005", 7, 15);

    [Fact]
    public void PRL006_duplicate_rule_id_keeps_the_first() =>
        AssertDiagnostic(RuleText.Rule("PR9001", Simple) + "\n" + RuleText.Rule("PR9001", Simple).Replace("rules:\n", string.Empty), "PRL006", 19, 9);

    [Fact]
    public void PRL007_unknown_fact_path() => AssertDiagnostic(RuleText.Rule("PR9001", "fact: purposeClarty\nequals: unclear"), "PRL007", 16, 13);

    [Fact]
    public void PRL007_unknown_fact_inside_a_quantifier() =>
        AssertDiagnostic(RuleText.Rule("PR9001", "some: partners\nwhere:\n  fact: sectr\n  equals: community"), "PRL007", 18, 15);

    [Fact]
    public void PRL008_older_than_on_a_value_that_is_not_a_date() =>
        AssertDiagnostic(RuleText.Rule("PR9001", "fact: purposeClarity\nolderThanMonths: 24"), "PRL008", 17, 7);

    [Fact]
    public void PRL008_older_than_inside_a_quantifier_has_no_assessment_date() =>
        AssertDiagnostic(RuleText.Rule("PR9001", "some: funding\nwhere:\n  fact: startDate\n  olderThanMonths: 24"), "PRL008", 19, 9);

    [Fact]
    public void PRL008_from_with_a_comparison_other_than_older_than() =>
        AssertDiagnostic(RuleText.Rule("PR9001", "some: funding\nwhere:\n  fact: amount\n  atLeast: 1\n  from: endDate"), "PRL008", 20, 9);

    [Fact]
    public void PRL008_from_names_a_fact_that_is_not_a_date() =>
        AssertDiagnostic(RuleText.Rule("PR9001", "some: funding\nwhere:\n  fact: startDate\n  olderThanMonths: 24\n  from: amount"), "PRL008", 20, 15);

    [Fact]
    public void PRL007_from_names_an_unknown_fact() =>
        AssertDiagnostic(RuleText.Rule("PR9001", "some: funding\nwhere:\n  fact: startDate\n  olderThanMonths: 24\n  from: endDat"), "PRL007", 20, 15);

    [Fact]
    public void PRL028_older_than_takes_whole_months() =>
        AssertDiagnostic(RuleText.Rule("PR9001", "fact: inclusionReviewDate\nolderThanMonths: 1.5"), "PRL028", 17, 24);

    private static string WithClaim(string severity, string strength, string words) =>
        RuleText.Rule("PR9001", "fact: name\nis: known").Replace(
            "    severity: warning\n",
            "    severity: " + severity + "\n    claim:\n      strength: " + strength + "\n      words: \"" + words + "\"\n",
            StringComparison.Ordinal);

    [Fact]
    public void PRL029_claim_words_must_be_in_a_quote_or_for_the_library_in_the_description()
    {
        AssertDiagnostic(WithClaim("warning", "hedged", "may be clear"), "PRL029", 10, 14);
        AssertDiagnostic(WithClaim("warning", "library", "why they are collaborating"), "PRL029", 10, 14);
        Assert.Empty(Load(WithClaim("warning", "hedged", "why they are collaborating")).Diagnostics);
        Assert.Empty(Load(WithClaim("warning", "library", "used by the tests")).Diagnostics);
    }

    [Fact]
    public void PRL030_only_a_claim_stated_without_hedging_may_be_an_error()
    {
        foreach (var strength in new[] { "hedged", "reported", "library" })
        {
            var words = strength == "library" ? "used by the tests" : "why they are collaborating";
            AssertDiagnostic(WithClaim("error", strength, words), "PRL030", 7, 15);
            Assert.Empty(Load(WithClaim("warning", strength, words)).Diagnostics);
        }

        var stated = Load(WithClaim("error", "stated", "why they are collaborating"));
        Assert.Empty(stated.Diagnostics);
        Assert.Equal(ClaimStrength.Stated, Assert.Single(stated.Rules).Claim!.Strength);
    }

    [Fact]
    public void PRL025_a_condition_nested_too_deep_is_refused()
    {
        var nested = string.Concat(Enumerable.Range(0, 13).Select(i => new string(' ', i * 2) + "not:\n")) + new string(' ', 26) + "fact: name\n" + new string(' ', 26) + "is: known";
        var catalogue = Load(RuleText.Rule("PR9001", nested));
        var diagnostic = Assert.Single(catalogue.Diagnostics, d => d.Id == "PRL025");
        Assert.Contains("12 levels", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(catalogue.Rules);
    }

    [Fact]
    public void PRL024_a_condition_with_too_many_parts_is_refused()
    {
        var wide = "any:\n" + string.Concat(Enumerable.Range(0, 600).Select(_ => "  - {fact: name, is: known}\n"));
        var catalogue = Load(RuleText.Rule("PR9001", wide));
        var diagnostic = Assert.Single(catalogue.Diagnostics, d => d.Id == "PRL024");
        Assert.Contains("500 parts", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(catalogue.Rules);
    }

    [Fact]
    public void PRL008_ordering_operator_on_an_unordered_fact() => AssertDiagnostic(RuleText.Rule("PR9001", "fact: purposeClarity\nlessThan: unclear"), "PRL008", 17, 7);

    [Fact]
    public void PRL009_unknown_enum_value() => AssertDiagnostic(RuleText.Rule("PR9001", "fact: purposeClarity\nequals: unclaer"), "PRL009", 17, 15);

    [Fact]
    public void PRL010_rule_without_a_source_paper_citation() =>
        AssertDiagnostic(RuleText.Rule("PR9001", Simple).Replace("source: tett-2005", "source: craig-taylor-2002"), "PRL010", 12, 7);

    [Fact]
    public void PRL011_unknown_bibliography_entry() => AssertDiagnostic(RuleText.Rule("PR9001", Simple).Replace("source: tett-2005", "source: tett-2006"), "PRL011", 12, 17);

    [Fact]
    public void PRL012_dangling_criterion_key() => AssertDiagnostic(RuleText.Rule("PR9001", Simple).Replace("PTN-FAC-001", "PTN-FAC-999"), "PRL012", 9, 16);

    [Fact]
    public void PRL013_quote_longer_than_25_words() =>
        AssertDiagnostic(RuleText.Rule("PR9001", Simple).Replace("\"Partners are clear about why they are collaborating together\"", "\"" + string.Join(" ", Enumerable.Repeat("word", 26)) + "\""), "PRL013", 14, 16);

    [Fact]
    public void PRL014_reference_to_an_unknown_rule() => AssertDiagnostic(RuleText.Rule("PR9001", "finding: PR9999"), "PRL014", 16, 16);

    [Fact]
    public void PRL015_circular_composite_rules()
    {
        var a = RuleText.Rule("PR9001", "finding: PR9002");
        var b = RuleText.Rule("PR9002", "finding: PR9001").Replace("rules:\n", string.Empty);
        AssertDiagnostic(a + "\n" + b, "PRL015", 2, 9);
        Assert.Empty(Load(a + "\n" + b).Rules);
    }

    [Fact]
    public void PRL016_unknown_message_placeholder() => AssertDiagnostic(RuleText.Rule("PR9001", Simple).Replace("{name}", "{nmae}"), "PRL016", 4, 14);

    [Fact]
    public void PRL017_condition_with_two_heads() => AssertDiagnostic(RuleText.Rule("PR9001", "fact: purposeClarity\nequals: unclear\nall: []"), "PRL017", 16, 7);

    [Fact]
    public void PRL018_duplicate_bibliography_key()
    {
        const string Works = "works:\n  - key: a-2000\n    authors: A\n    year: \"2000\"\n  - key: a-2000\n    authors: B\n    year: \"2000\"\n";
        AssertDiagnostic(Works, "PRL018", 5, 10);
    }

    [Fact]
    public void PR0004_yaml_syntax_error_in_a_rule_file() => AssertDiagnostic("rules:\n  - id: [PR9001\n", "PR0004", 3, 1);

    [Fact]
    public void One_broken_rule_does_not_stop_the_others()
    {
        var broken = RuleText.Rule("PR9001", "fact: nothingLikeThis\nequals: 1");
        var good = RuleText.Rule("PR9002", Simple);
        var catalogue = Load(broken, good);
        Assert.True(catalogue.HasErrors);
        Assert.Equal("PR9002", Assert.Single(catalogue.Rules).Id);
        Assert.Contains(catalogue.Diagnostics, d => d.Id == "PRL019" && d.Message.Contains("PR9001", StringComparison.Ordinal));
    }

    [Fact]
    public void A_composite_that_reads_a_broken_rule_is_not_loaded()
    {
        var broken = RuleText.Rule("PR9001", "fact: nothingLikeThis\nequals: 1");
        var composite = RuleText.Rule("PR9002", "finding: PR9001");
        var catalogue = Load(broken, composite);
        Assert.Empty(catalogue.Rules);
        Assert.Contains(catalogue.Diagnostics, d => d.Id == "PRL014");
    }

    [Fact]
    public void Every_diagnostic_id_is_unique() =>
        Assert.Equal(DiagnosticDescriptors.All.Count, DiagnosticDescriptors.All.Select(d => d.Id).Distinct().Count());
}
