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

        var shown = new HashSet<string>(deciding.SelectMany(l => l.Criteria), System.StringComparer.Ordinal);
        return _rule.Where(c => !_claimed.Contains(c) || shown.Contains(c)).ToList();
    }
}
