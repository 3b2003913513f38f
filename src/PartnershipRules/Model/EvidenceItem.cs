namespace PartnershipRules.Model;

/// <summary>A fact that made a rule fire (or not), with its value as recorded.</summary>
public sealed class EvidenceItem
{
    internal EvidenceItem(FactLocation location, string value, string? note)
    {
        Location = location;
        Value = value;
        Note = note;
    }

    /// <summary>Where the fact is.</summary>
    public FactLocation Location { get; }

    /// <summary>The value as written in a case file (e.g. <c>partly</c>, <c>true</c>).</summary>
    public string Value { get; }

    /// <summary>For observations, the case worker's evidence and date; otherwise <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <inheritdoc />
    public override string ToString() => Location.Path + " = " + Value + (Note is null ? string.Empty : " (" + Note + ")");
}
