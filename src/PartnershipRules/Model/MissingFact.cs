using PartnershipRules.Facts;

namespace PartnershipRules.Model;

/// <summary>A fact that would decide a rule, and the question to ask to find it out.</summary>
public sealed class MissingFact
{
    internal MissingFact(FactLocation location, FactState state, string question)
    {
        Location = location;
        State = state;
        Question = question;
    }

    /// <summary>Where the fact is (or would be).</summary>
    public FactLocation Location { get; }

    /// <summary><see cref="FactState.NotRecorded"/> (record it) or <see cref="FactState.Unknown"/> (find it out).</summary>
    public FactState State { get; }

    /// <summary>The question to ask.</summary>
    public string Question { get; }

    /// <inheritdoc />
    public override string ToString() => Location.Path + " (" + (State == FactState.Unknown ? "unknown" : "not recorded") + "): " + Question;
}
