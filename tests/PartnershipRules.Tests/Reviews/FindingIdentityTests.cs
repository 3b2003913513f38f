using System.Text.RegularExpressions;
using PartnershipRules.Assessment;
using PartnershipRules.Cases;
using PartnershipRules.Engine;
using PartnershipRules.Model;
using PartnershipRules.Reviews;

namespace PartnershipRules.Tests.Reviews;

/// <summary>
/// A finding keeps its identity across versions of a case (issue 17): reordering partners, adding or removing one, or
/// renaming the partnership leaves the other findings as they were; only findings about the record that came or went
/// are new or resolved.
/// </summary>
public sealed class FindingIdentityTests
{
    private static readonly PartnershipAnalyzer Analyzer = PartnershipAnalyzer.CreateDefault();

    private static AnalysisResult Evaluate(string yaml)
    {
        var load = CaseFile.Parse("case.yaml", yaml);
        Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics));
        return Analyzer.Analyze(load.Case!);
    }

    private static (AnalysisResult Then, AnalysisResult Now, Review Review) Versions(Func<string[], List<List<string>>, string[], string> change)
    {
        var (before, partners, after) = LargeCases.Partners("community-regeneration");
        var then = Evaluate(LargeCases.WithPartners(before, partners, after));
        var now = Evaluate(change(before, partners, after));
        var review = Review.Compare(PreviousAssessment.Of("then.yaml", then, PartnershipAssessment.Of(then)), now, PartnershipAssessment.Of(now));
        return (then, now, review);
    }

    private static List<string> Fingerprints(AnalysisResult result) =>
        FindingIdentity.For(result).Values.Select(i => i.Fingerprint).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Reordering_partners_changes_no_finding()
    {
        var (then, now, review) = Versions((before, partners, after) => LargeCases.WithPartners(before, Enumerable.Reverse(partners), after));

        Assert.Equal(Fingerprints(then), Fingerprints(now));
        Assert.Empty(review.New);
        Assert.Empty(review.Resolved);
        Assert.Empty(review.Changed);
        Assert.Equal(now.Findings.Count, review.Unchanged.Count);
    }

    [Fact]
    public void Renaming_the_partnership_changes_no_finding()
    {
        var (_, now, review) = Versions((before, partners, after) =>
            LargeCases.WithPartners(before.Select(l => l.StartsWith("  name: ", StringComparison.Ordinal) ? "  name: Braeside Partnership (renamed)" : l).ToArray(), partners, after));

        Assert.Empty(review.New);
        Assert.Empty(review.Resolved);
        Assert.Equal(now.Findings.Count, review.Unchanged.Count + review.Changed.Count);
    }

    [Fact]
    public void Adding_a_partner_leaves_every_finding_and_those_that_name_it_are_changed()
    {
        var (then, now, review) = Versions((before, partners, after) =>
        {
            var copy = partners[^1].Select(l => Regex.Replace(Regex.Replace(l, @"^    - id: (\S+)", "    - id: NEW1"), @"^      name: (.*)$", "      name: Newcomers' Forum")).ToList();
            return LargeCases.WithPartners(before, partners.Append(copy), after);
        });

        Assert.Empty(review.Resolved);
        Assert.Subset(Fingerprints(now).ToHashSet(), Fingerprints(then).ToHashSet());
        Assert.NotEmpty(review.Changed);
        Assert.All(review.Changed, f => Assert.Contains(review.RecordsAdded(f), r => r.StartsWith("partner:NEW1", StringComparison.Ordinal)));
        Assert.All(review.New, f => Assert.Contains("partner:NEW1", review.Identities[f].Records));
    }

    [Fact]
    public void Removing_a_partner_changes_only_the_findings_that_named_it()
    {
        var (then, _, review) = Versions((before, partners, after) => LargeCases.WithPartners(before, partners.Take(partners.Count - 1), after));
        var removedId = Regex.Match(LargeCases.Partners("community-regeneration").Partners[^1][0], @"id: (\S+)").Groups[1].Value;

        var named = FindingIdentity.For(then).Where(p => p.Value.Records.Any(r => r.StartsWith("partner:" + removedId, StringComparison.Ordinal))).Select(p => p.Value.Fingerprint).ToHashSet();

        // Every finding that named it and stays has changed, and says it no longer names it; none of them is new.
        // (Others may change too, as a count of barriers does, and rules may start or stop applying: with the
        // community partner gone, "no community organisation is a partner" is new.)
        var stayed = review.Unchanged.Concat(review.Changed).Where(f => named.Contains(review.Identities[f].Fingerprint)).ToList();
        Assert.NotEmpty(stayed);
        Assert.All(stayed, f =>
        {
            Assert.Equal(FindingChange.Changed, review.ChangeOf(f));
            Assert.Contains(review.RecordsRemoved(f), r => r.StartsWith("partner:" + removedId, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void A_partner_is_known_by_its_id_so_renaming_it_keeps_its_findings()
    {
        var (_, _, review) = Versions((before, partners, after) =>
            LargeCases.WithPartners(before, partners.Select(p => p.Select(l => Regex.Replace(l, @"^      name: (.*)$", "      name: $1 (renamed)")).ToList()), after));

        Assert.Empty(review.New);
        Assert.Empty(review.Resolved);
    }

    [Fact]
    public void Fingerprints_are_32_hex_digits_and_evidence_digests_16()
    {
        var result = Evaluate(File.ReadAllText(ToolRunner.Example("community-regeneration")));
        Assert.All(FindingIdentity.For(result).Values, i =>
        {
            Assert.Matches("^[0-9a-f]{32}$", i.Fingerprint);
            Assert.Matches("^[0-9a-f]{16}$", i.EvidenceDigest);
        });
    }
}
