using NRules;

namespace PartnershipRules.Engine;

/// <summary>
/// An NRules session kept by one thread for its evaluations, with the one subject fact it holds. The subject stays
/// in the session: each evaluation puts the next partnership in it and updates the fact, so NRules re-evaluates every
/// rule's condition and keeps the activations, tuples and memories of the rules that match again instead of
/// retracting and rebuilding them (creating or clearing a session for the full catalogue was most of an evaluation's
/// garbage). A session is never used by two threads: it lives in a thread-local slot and is taken out while in use.
/// </summary>
internal sealed class ReusableSession
{
    private bool _inserted;

    public ReusableSession(ISession session)
    {
        Session = session;
    }

    public ISession Session { get; }

    /// <summary>The fact every rule matches; its content is the evaluation in progress.</summary>
    public EvaluationSubject Subject { get; } = new(new Facts.Partnership(), null);

    /// <summary>Puts a partnership in the subject and lets the rule network see it, within a time budget (0: none).</summary>
    public void Present(Facts.Partnership partnership, Model.CaseSourceMap? sourceMap, long deadline = 0)
    {
        Subject.Begin(partnership, sourceMap, deadline);
        if (_inserted)
        {
            Session.Update(Subject);
        }
        else
        {
            Session.Insert(Subject);
            _inserted = true;
        }
    }
}
