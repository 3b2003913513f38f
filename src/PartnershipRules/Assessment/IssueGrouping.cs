using System;
using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.Model;

namespace PartnershipRules.Assessment;

/// <summary>
/// Groups findings into issues by the record and fact their evidence rests on, and ranks them. A finding whose
/// evidence names several facts is grouped by the one whose identity comes first, so the grouping does not depend on
/// the order of the case's lists. A composite finding that rests on another rule's finding joins that finding's
/// issue; one that rests on no single fact stands alone.
/// </summary>
internal static class IssueGrouping
{
    private const string FindingsPrefix = "findings.";

    /// <summary>Tags the catalogue gives rules whose claim the papers make less firmly; they rank after the others.</summary>
    private static readonly string[] WeakClaims = { "vague", "weakly-supported" };

    public static List<Issue> Group(AnalysisResult result, RecordResolver records)
    {
        var findings = FindingOrder.Findings(result.Findings.Where(f => f.Severity > Severity.Silent)).ToList();
        var keys = new Dictionary<Finding, string>();
        var places = new Dictionary<string, (RecordReference Record, string Fact)>(StringComparer.Ordinal);
        foreach (var finding in findings.Where(f => !f.Location.Path.StartsWith(FindingsPrefix, StringComparison.Ordinal)))
        {
            // Of the facts its evidence names, the one with the first identity in ordinal order: the same whatever
            // order the case lists its partners in (the first evidence found depends on it).
            var candidates = finding.Evidence
                .Select(e => e.Location.Path)
                .Where(p => !p.StartsWith(FindingsPrefix, StringComparison.Ordinal) && p != "findings")
                .DefaultIfEmpty(finding.Location.Path)
                .Select(p => records.Resolve(p))
                .Select(place => (Key: place.Fact.Length == 0 ? place.Record.Key + "/" + finding.RuleId : place.Record.Key + "/" + place.Fact, Place: place))
                .OrderBy(c => c.Key, StringComparer.Ordinal)
                .First();
            keys[finding] = candidates.Key;
            places[candidates.Key] = candidates.Place;
        }

        foreach (var finding in findings.Where(f => f.Location.Path.StartsWith(FindingsPrefix, StringComparison.Ordinal)))
        {
            // A composite that rests on another rule's finding belongs with it (e.g. a champion and the dependence on one person).
            var read = finding.Location.Path.Substring(FindingsPrefix.Length);
            var key = findings.FirstOrDefault(f => f.RuleId == read) is { } input && keys.TryGetValue(input, out var inputKey)
                ? inputKey
                : RecordReference.Partnership.Key + "/" + finding.RuleId;
            keys[finding] = key;
            if (!places.ContainsKey(key))
            {
                places.Add(key, (RecordReference.Partnership, string.Empty));
            }
        }

        var issues = findings
            .GroupBy(f => keys[f], StringComparer.Ordinal)
            .Select(g => new Issue(g.Key, places[g.Key].Record, places[g.Key].Fact, g.ToList()))
            .ToList();
        return Rank(issues);
    }

    /// <summary>
    /// What calls for action first (strengths and classifications after), and of that, the circumstances Tett names
    /// (what the verdict rests on), then other reasons to avoid collaboration; then severity; then the strength of the papers' claim (rules marked vague
    /// or weakly supported after the rest); then how many rules and areas the issue touches; then report order.
    /// </summary>
    private static List<Issue> Rank(List<Issue> issues) =>
        issues
            .Select((issue, order) => (Issue: issue, Order: order))
            .OrderBy(p => p.Issue.IsSuppressed)
            .ThenByDescending(p => p.Issue.CallsForAction)
            .ThenByDescending(p => p.Issue.Findings.Any(f => !f.IsSuppressed && VerdictRule.IsNamedCircumstance(f.Descriptor)))
            .ThenByDescending(p => p.Issue.IsReasonToAvoid)
            .ThenByDescending(p => p.Issue.Severity)
            .ThenBy(p => p.Issue.Findings.All(f => f.Descriptor.Tags.Any(t => WeakClaims.Contains(t))))
            .ThenByDescending(p => p.Issue.RuleIds.Count)
            .ThenByDescending(p => p.Issue.Categories.Count)
            .ThenBy(p => p.Order)
            .Select(p => p.Issue)
            .ToList();
}
