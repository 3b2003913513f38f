using System.Collections.Generic;
using NRules;

namespace PartnershipRules.Engine;

/// <summary>
/// An NRules session kept by one thread for its next evaluation. Creating a session for the full catalogue allocates
/// every node's memory afresh (most of an evaluation's garbage); after a clean evaluation its facts are retracted,
/// which leaves every memory empty, and the same thread reuses it. A session is never used by two threads: it lives
/// in a thread-local slot and is taken out of it while in use.
/// </summary>
internal sealed class ReusableSession
{
    private readonly IReadOnlyList<CompiledRule> _rules;

    public ReusableSession(ISession session, IReadOnlyList<CompiledRule> rules)
    {
        Session = session;
        _rules = rules;
    }

    public ISession Session { get; }

    /// <summary>The evaluation in progress; the session's failure handlers report to it.</summary>
    public EvaluationSubject? Subject { get; set; }

    /// <summary>Retracts what the evaluation inserted; false when the session cannot be trusted for another one.</summary>
    public bool TryReset(EvaluationSubject subject)
    {
        try
        {
            var inserted = new List<object>();
            foreach (var rule in _rules)
            {
                if (rule.IsRead && subject.Outcomes.TryGetValue(rule.Descriptor.Id, out var outcome))
                {
                    inserted.Add(outcome);
                }
            }

            Session.RetractAll(inserted);
            Session.Retract(subject);
            Subject = null;
            return Session.Agenda.IsEmpty;
        }
        catch (System.InvalidOperationException)
        {
            // Something was not where it should be: start the next evaluation on a fresh session.
            return false;
        }
    }
}
