using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PartnershipRules.Diagnostics;

/// <summary>
/// A problem found while loading rules, cases or configuration, or while evaluating: made from a
/// <see cref="DiagnosticDescriptor"/> (stable id, severity, message format), with the place it is and, where the
/// problem involves a second place (the first of two duplicates), the additional locations.
/// </summary>
public sealed class Diagnostic
{
    private Diagnostic(DiagnosticDescriptor descriptor, string message, SourceLocation? location, IReadOnlyList<SourceLocation> additionalLocations)
    {
        Descriptor = descriptor;
        Message = message;
        Location = location;
        AdditionalLocations = additionalLocations;
    }

    /// <summary>What kind of problem it is: id, default severity, title and message format.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>Stable id (the descriptor's). Ids are never reused for another meaning.</summary>
    public string Id => Descriptor.Id;

    /// <summary>Severity (the descriptor's).</summary>
    public Severity Severity => Descriptor.Severity;

    /// <summary>What is wrong and what to do about it.</summary>
    public string Message { get; }

    /// <summary>Where the problem is, when it is in a file.</summary>
    public SourceLocation? Location { get; }

    /// <summary>
    /// Other places the problem involves, e.g. where a duplicated key or id was first written. What they are is said
    /// by <see cref="DiagnosticDescriptor.AdditionalLocationsLabel"/>.
    /// </summary>
    public IReadOnlyList<SourceLocation> AdditionalLocations { get; }

    /// <summary><see langword="true"/> for <see cref="Severity.Error"/>.</summary>
    public bool IsError => Severity == Severity.Error;

    /// <summary>Creates a diagnostic of the given kind.</summary>
    /// <param name="descriptor">The kind (see <see cref="DiagnosticDescriptors"/>).</param>
    /// <param name="location">Where, when it is in a file.</param>
    /// <param name="messageArguments">The values for the descriptor's message format.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation? location, params object?[] messageArguments) =>
        Create(descriptor, location, Array.Empty<SourceLocation>(), messageArguments);

    /// <summary>Creates a diagnostic of the given kind that involves other places too.</summary>
    /// <param name="descriptor">The kind (see <see cref="DiagnosticDescriptors"/>).</param>
    /// <param name="location">Where, when it is in a file.</param>
    /// <param name="additionalLocations">The other places (e.g. the first of two duplicates).</param>
    /// <param name="messageArguments">The values for the descriptor's message format.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation? location, IReadOnlyList<SourceLocation> additionalLocations, params object?[] messageArguments)
    {
        if (descriptor is null)
        {
            throw new ArgumentNullException(nameof(descriptor));
        }

        if (additionalLocations is null)
        {
            throw new ArgumentNullException(nameof(additionalLocations));
        }

        var message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, messageArguments ?? Array.Empty<object?>());
        return new Diagnostic(descriptor, message, location, additionalLocations);
    }

    /// <summary>
    /// The diagnostic as a compiler prints it: <c>file(line,col): error PRL007: message</c>, followed by each
    /// additional location with what it is, e.g. <c>(first used at file(3,5))</c>. A note prints as <c>info</c>. Text
    /// from the input (a value quoted in the message, a file name) has its control characters escaped, so one line of
    /// input can never print as two lines of output.
    /// </summary>
    /// <returns>The formatted line.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Location is not null)
        {
            text.Append(Location).Append(": ");
        }

        text.Append(SeverityWord(Severity)).Append(' ').Append(Id).Append(": ").Append(Message);
        foreach (var additional in AdditionalLocations)
        {
            text.Append(" (").Append(Descriptor.AdditionalLocationsLabel ?? "see").Append(' ').Append(additional).Append(')');
        }

        return TextEscaping.Line(text.ToString());
    }

    /// <summary>The word a diagnostic's severity prints as, the one compilers use: error, warning or info.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The word.</returns>
    public static string SeverityWord(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
