using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;
using PartnershipRules.RuleLanguage.Conditions;
using PartnershipRules.RuleTesting;

namespace PartnershipRules.Tests;

/// <summary>
/// Messages say why: every rule of the catalogue whose condition has an 'any' that can make it fire names in its
/// message the branch that fired, and the rule tests render each branch's words in a message at least once.
/// </summary>
public class CatalogueBranchTests
{
    private static readonly string RulesDirectory = Path.Combine(AppContext.BaseDirectory, "rules");
    private static readonly Lazy<RuleCatalogue> Catalogue = new(() => RuleCatalogue.LoadDirectories(new[] { RulesDirectory }));
    private static readonly Lazy<RuleTestReport> Report = new(() =>
        RuleTestRunner.Run(Catalogue.Value, RuleTestSuite.LoadDirectories(new[] { RulesDirectory })));

    [Fact]
    public void Every_rule_with_a_deciding_any_prints_because()
    {
        var silent = Catalogue.Value.Definitions
            .Where(d => HasDecidingAny(d.Condition) && !d.Message.UsesBecause)
            .Select(d => d.Id)
            .ToList();
        Assert.True(silent.Count == 0, "These rules do not say which branch fired: " + string.Join(", ", silent));
    }

    [Fact]
    public void The_rule_tests_render_every_branch_label()
    {
        var messages = Report.Value.Expectations
            .Where(e => e.Passed && e.Actual == Outcome.Fired && e.Result?.Finding is not null)
            .ToLookup(e => e.Expectation.RuleId, e => e.Result!.Finding!.Message, StringComparer.Ordinal);
        var unseen = new List<string>();
        foreach (var rule in Catalogue.Value.Definitions.Where(d => d.Message.UsesBecause))
        {
            var printed = messages[rule.Id].Select(m => BecausePart(rule.Message, m)).ToList();
            foreach (var label in BranchLabels.All(rule.Condition).Where(l => l.Because is not null))
            {
                if (!printed.Any(m => m.Contains(label.Because!, StringComparison.Ordinal)))
                {
                    unseen.Add($"{rule.Id}: no fired rule test prints \"{label.Because}\" ({label.Location})");
                }
            }
        }

        Assert.True(unseen.Count == 0, string.Join("\n", unseen));
    }

    [Fact]
    public void A_label_the_tests_never_print_is_found()
    {
        // Guards the test above: a rule whose tests never take its second branch leaves that label unseen.
        var rules = """
            rules:
              - id: PR9001
                title: Short of something
                message: "Short: {because}."
                category: resources_and_time
                kind: risk
                severity: suggestion
                description: Used by the tests.
                criteria: [PTN-RES-001]
                advice: Find more.
                citations:
                  - {source: tett-2005, section: Partnerships, quote: "Partners are clear about why they are collaborating together"}
                condition:
                  any:
                    - {fact: resources.time, equals: extremely_limited, because: no time}
                    - {fact: resources.money, equals: extremely_limited, because: no money}
            """;
        var tests = """
            tests:
              - name: time
                expect: {PR9001: fired}
                partnership: {name: P, resources: {time: extremely_limited}}
            """;
        var catalogue = RuleCatalogue.Load(new[] { RuleSource.FromText("r.yaml", rules) });
        Assert.Empty(catalogue.Diagnostics);
        var report = RuleTestRunner.Run(catalogue, RuleTestSuite.Load(new[] { RuleSource.FromText("r.tests.yaml", tests) }));
        var printed = report.Expectations.Select(e => e.Result!.Finding!.Message).ToList();
        Assert.Equal(new[] { "Short: no time." }, printed);
        Assert.DoesNotContain(printed, m => m.Contains("no money", StringComparison.Ordinal));
    }

    /// <summary>
    /// Pairs kept on purpose (README, "One point, one finding"): each paper's own version of the same observation,
    /// Tett's beside Jones's, which the assessment gathers into one issue.
    /// </summary>
    private static readonly HashSet<string> KeptPairs = new(StringComparer.Ordinal)
    {
        "PR8019 repeats PR7011", // a timescale short for the aims: Jones's lack of time, Tett's too short a timescale
        "PR8020 repeats PR2006", // weak trust: Jones's trust and liking, Tett's trust among the facilitating conditions
        "PR7013 repeats PR8024", // managers' low commitment: Tett's continuing backing, Jones's managers' commitment
    };

    [Fact]
    public void No_branch_repeats_another_rules_whole_condition()
    {
        // Such a branch fires on the same fact as the other rule, for the same point: two findings for one thing.
        var whole = Catalogue.Value.Definitions.ToLookup(d => Described(d.Condition), d => d.Id, StringComparer.Ordinal);
        var repeats = Catalogue.Value.Definitions
            .Where(d => d.Condition is LogicalCondition { Operator: LogicalOperator.Any })
            .SelectMany(d => ((LogicalCondition)d.Condition).Operands.SelectMany(o => whole[Described(o)].Where(id => id != d.Id).Select(id => d.Id + " repeats " + id)))
            .Where(pair => !KeptPairs.Contains(pair))
            .ToList();
        Assert.True(repeats.Count == 0, string.Join("\n", repeats));
    }

    /// <summary>A condition in plain words, without its label, so that equal tests compare equal.</summary>
    private static string Described(Condition condition)
    {
        var describer = new ConditionDescriber();
        describer.Describe(condition);
        return System.Text.RegularExpressions.Regex.Replace(describer.Text, " —[^\n]*", string.Empty);
    }

    /// <summary>
    /// The words a message printed for {because}: between the literal text written just before and just after it, so
    /// that a label is not taken as shown when a fact placeholder happens to print the same word.
    /// </summary>
    private static string BecausePart(MessageTemplate template, string message)
    {
        var at = template.Parts.ToList().FindIndex(p => p.IsBecause);
        var before = at > 0 ? template.Parts[at - 1].Literal : null;
        var after = at + 1 < template.Parts.Count ? template.Parts[at + 1].Literal : null;
        var start = before is null ? 0 : message.IndexOf(before, StringComparison.Ordinal) + before.Length;
        var end = after is null ? message.Length : message.IndexOf(after, start, StringComparison.Ordinal);
        return end < start ? string.Empty : message.Substring(start, end - start);
    }

    /// <summary>An 'any' that can make the rule fire: not below 'not' or 'none', where a firing condition is false.</summary>
    private static bool HasDecidingAny(Condition condition) => condition switch
    {
        LogicalCondition { Operator: LogicalOperator.Any } => true,
        LogicalCondition logical => logical.Operands.Any(HasDecidingAny),
        QuantifiedCondition { Quantifier: Quantifier.None } => false,
        QuantifiedCondition { Where: { } where } => HasDecidingAny(where),
        CountCondition { Where: { } where } => HasDecidingAny(where),
        ShareCondition share => HasDecidingAny(share.Where),
        _ => false,
    };
}
