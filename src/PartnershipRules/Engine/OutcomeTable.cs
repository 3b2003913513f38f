using System.Collections;
using System.Collections.Generic;

namespace PartnershipRules.Engine;

/// <summary>
/// The outcomes recorded so far in one evaluation, in the order the rules were decided, found by rule id in constant
/// time. Composite rules read it through their layer's <see cref="OutcomeLayer"/>: by then every rule they read has
/// been decided, and a rule that has no entry did not fire.
/// </summary>
internal sealed class OutcomeTable : IReadOnlyList<RuleOutcome>
{
    private readonly Dictionary<string, int> _byRule = new(System.StringComparer.Ordinal);
    private readonly List<RuleOutcome> _inOrder = new();

    public int Count => _inOrder.Count;

    public RuleOutcome this[int index] => _inOrder[index];

    public void Add(RuleOutcome outcome)
    {
        if (_byRule.TryGetValue(outcome.RuleId, out var at))
        {
            _inOrder[at] = outcome;
            return;
        }

        _byRule.Add(outcome.RuleId, _inOrder.Count);
        _inOrder.Add(outcome);
    }

    public bool TryGetValue(string ruleId, out RuleOutcome outcome)
    {
        if (_byRule.TryGetValue(ruleId, out var at))
        {
            outcome = _inOrder[at];
            return true;
        }

        outcome = null!;
        return false;
    }

    /// <summary>A table of the outcomes of the named rules alone, in the order they were decided.</summary>
    public OutcomeTable Select(IEnumerable<string> ruleIds)
    {
        var found = new List<int>();
        foreach (var id in ruleIds)
        {
            if (_byRule.TryGetValue(id, out var at))
            {
                found.Add(at);
            }
        }

        found.Sort();
        var selected = new OutcomeTable();
        foreach (var at in found)
        {
            selected.Add(_inOrder[at]);
        }

        return selected;
    }

    public void Clear()
    {
        _byRule.Clear();
        _inOrder.Clear();
    }

    public List<RuleOutcome>.Enumerator GetEnumerator() => _inOrder.GetEnumerator();

    IEnumerator<RuleOutcome> IEnumerable<RuleOutcome>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
