namespace PartnershipRules.Engine;

/// <summary>
/// The fact that says "every rule up to this depth has been decided". A control rule inserts it once the rules of
/// its layer have fired (it sits between them and the next layer on the agenda), and the composite rules of the next
/// layer match it: their conditions read the outcomes it carries. One fact per layer replaces one fact per outcome,
/// so a composite rule is matched once, when its inputs are final, instead of again on every outcome it collects.
/// </summary>
internal sealed class OutcomeLayer
{
    public OutcomeLayer(int depth, EvaluationSubject subject)
    {
        Depth = depth;
        Subject = subject;
    }

    /// <summary>The deepest layer of rules decided (0: the rules that read only facts).</summary>
    public int Depth { get; }

    public EvaluationSubject Subject { get; }

    public OutcomeTable Outcomes => Subject.Outcomes;
}
