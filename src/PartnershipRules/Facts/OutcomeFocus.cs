namespace PartnershipRules.Facts;

/// <summary>Whose outcomes the partnership's work serves (after Jones).</summary>
public sealed class OutcomeFocus
{
    /// <summary>Whose outcomes are primary.</summary>
    [Question("Whose outcomes are primary: the participants', the partner agencies' targets, or a mix?")]
    public Fact<OutcomeFocusKind> PrimaryFocus { get; init; }

    /// <summary>Who identified the needs the work addresses.</summary>
    [Question("Who identified the needs the work addresses?")]
    public Fact<NeedsIdentifiedBy> NeedsIdentifiedBy { get; init; }

    /// <summary>Whether partners work to the same outcomes.</summary>
    [Question("Do partners work to the same outcomes, to the same activity with different emphases, or to divergent outcomes?")]
    public Fact<OutcomeAlignment> PartnerOutcomeAlignment { get; init; }

    /// <summary>Whether partners compete to achieve their own prioritised outcomes.</summary>
    [Question("Do partners compete to achieve their own prioritised outcomes?")]
    public Fact<bool> CompetingForOutcomes { get; init; }
}
