using System.Collections.Generic;
using PartnershipRules.Facts;
using PartnershipRules.Model;

namespace PartnershipRules.Assessment;

/// <summary>
/// A fact that is not known, the question to ask about it, and what answering it could settle: the undecided rules
/// that name it, weighed by their severity.
/// </summary>
public sealed class NextQuestion
{
    internal NextQuestion(string path, RecordReference record, string fact, string question, FactState state, IReadOnlyList<RuleResult> settles, int weight)
    {
        Path = path;
        Record = record;
        Fact = fact;
        Question = question;
        State = state;
        Settles = settles;
        Weight = weight;
    }

    /// <summary>The fact path in this case, e.g. <c>partners[1].concernAutonomy</c>.</summary>
    public string Path { get; }

    /// <summary>The record the fact belongs to.</summary>
    public RecordReference Record { get; }

    /// <summary>The fact within the record.</summary>
    public string Fact { get; }

    /// <summary>The question to ask, from the fact model.</summary>
    public string Question { get; }

    /// <summary>Not recorded (ask it) or recorded as unknown (find it out).</summary>
    public FactState State { get; }

    /// <summary>The undecided rules that name this fact: an answer could decide each of them.</summary>
    public IReadOnlyList<RuleResult> Settles { get; }

    /// <summary>
    /// What an answer could settle: the sum over <see cref="Settles"/> of each rule's severity weight (error 8,
    /// warning 4, suggestion 2, silent 1). The questions are ranked by it.
    /// </summary>
    public int Weight { get; }
}
