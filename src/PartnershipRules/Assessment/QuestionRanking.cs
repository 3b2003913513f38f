using System;
using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Model;

namespace PartnershipRules.Assessment;

/// <summary>
/// Ranks the unknown facts by what an answer could settle: each undecided rule that names a fact adds its severity
/// weight to that fact's question. The first question is therefore one whose answer bears on at least as much as any
/// other single answer.
/// </summary>
internal static class QuestionRanking
{
    public static List<NextQuestion> Rank(AnalysisResult result, RecordResolver records)
    {
        var byPath = new Dictionary<string, (MissingFact Fact, List<RuleResult> Rules)>(StringComparer.Ordinal);
        foreach (var undecided in result.InsufficientInformation)
        {
            foreach (var missing in undecided.MissingFacts)
            {
                if (!byPath.TryGetValue(missing.Location.Path, out var entry))
                {
                    entry = (missing, new List<RuleResult>());
                    byPath.Add(missing.Location.Path, entry);
                }

                if (!entry.Rules.Contains(undecided))
                {
                    entry.Rules.Add(undecided);
                }
            }
        }

        return byPath
            .Select(p =>
            {
                var (record, fact) = records.Resolve(p.Key);
                var weight = p.Value.Rules.Sum(r => PartnershipAssessment.Weight(r.Severity));
                return new NextQuestion(p.Key, record, fact, p.Value.Fact.Question, p.Value.Fact.State, p.Value.Rules, weight);
            })
            .OrderByDescending(q => q.Weight)
            .ThenByDescending(q => q.Settles.Count)
            .ThenBy(q => q.Path, StringComparer.Ordinal)
            .ToList();
    }
}
