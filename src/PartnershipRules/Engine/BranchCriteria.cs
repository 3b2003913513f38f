using System.Collections.Generic;
using System.Linq;
using PartnershipRules.RuleLanguage.Conditions;

namespace PartnershipRules.Engine;

/// <summary>
/// Which of a rule's criteria a finding names. A criterion that a branch of the condition claims (<c>criteria:</c>
/// beside it) is named only when that branch decided the finding; the rule's other criteria are named always. So a
/// rule that checks twelve reasons at once names, for each finding, the reasons its evidence shows.
/// </summary>
internal sealed class BranchCriteria
{
    private readonly IReadOnlyList<string> _rule;
    private readonly HashSet<string> _claimed;

    public BranchCriteria(IReadOnlyList<string> rule, IEnumerable<BranchLabel> labels)
    {
        _rule = rule;
        _claimed = new HashSet<string>(labels.SelectMany(l => l.Criteria), System.StringComparer.Ordinal);
    }

    /// <summary>The criteria to name, in the rule's order, given the labels that decided the finding.</summary>
    public IReadOnlyList<string> Shown(IReadOnlyCollection<BranchLabel> deciding)
    {
        if (_claimed.Count == 0)
        {
            return _rule;
        }

        // Runs per finding: a handful of labels and criteria, so a scan beats building a set.
        var shown = new List<string>(_rule.Count);
        foreach (var criterion in _rule)
        {
            if (!_claimed.Contains(criterion) || deciding.Any(l => l.Criteria.Contains(criterion, System.StringComparer.Ordinal)))
            {
                shown.Add(criterion);
            }
        }

        return shown;
    }
}
