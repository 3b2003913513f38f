namespace PartnershipRules.Diagnostics;

/// <summary>
/// The fixed part of a diagnostic, like Roslyn's: a stable id, a severity, a title, and a message format that says
/// what is wrong and what to do. Every diagnostic the library reports has one; they are listed in
/// <see cref="DiagnosticDescriptors"/>.
/// </summary>
public sealed class DiagnosticDescriptor
{
    internal DiagnosticDescriptor(string id, Severity severity, string title, string messageFormat, string? additionalLocationsLabel = null)
    {
        Id = id;
        Severity = severity;
        Title = title;
        MessageFormat = messageFormat;
        AdditionalLocationsLabel = additionalLocationsLabel;
    }

    /// <summary>Stable id, e.g. <c>PRL007</c>. The prefix names the family: see <see cref="DiagnosticDescriptors"/>.</summary>
    public string Id { get; }

    /// <summary>Severity: error, warning, or a note (<see cref="Severity.Suggestion"/>, printed <c>info</c>).</summary>
    public Severity Severity { get; }

    /// <summary>Short title.</summary>
    public string Title { get; }

    /// <summary>Composite format string for the message.</summary>
    public string MessageFormat { get; }

    /// <summary>
    /// What a diagnostic's additional locations are (e.g. <c>first used at</c>), shown before each of them in text
    /// and as the message of each related location in SARIF; null when this kind has none.
    /// </summary>
    public string? AdditionalLocationsLabel { get; }

    /// <inheritdoc />
    public override string ToString() => Id + ": " + Title;
}
