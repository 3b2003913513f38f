using System;
using System.Globalization;

namespace PartnershipRules.Diagnostics;

/// <summary>
/// A problem found while loading rules or cases, or while evaluating: a stable id, a severity, a message that says
/// what to do, and where it is.
/// </summary>
public sealed class Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="id">Stable id, e.g. <c>PRL007</c>.</param>
    /// <param name="severity">Severity.</param>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="location">Where, when it is in a file.</param>
    public Diagnostic(string id, Severity severity, string message, SourceLocation? location = null)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Severity = severity;
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Location = location;
    }

    /// <summary>Stable id. Ids are never reused for another meaning.</summary>
    public string Id { get; }

    /// <summary>Severity.</summary>
    public Severity Severity { get; }

    /// <summary>What is wrong and what to do about it.</summary>
    public string Message { get; }

    /// <summary>Where the problem is, when it is in a file.</summary>
    public SourceLocation? Location { get; }

    /// <summary><see langword="true"/> for <see cref="Severity.Error"/>.</summary>
    public bool IsError => Severity == Severity.Error;

    /// <summary>The diagnostic as a compiler prints it: <c>file(line,col): error PRL007: message</c>.</summary>
    /// <returns>The formatted line.</returns>
    public override string ToString()
    {
        var severity = Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };
        return Location is null
            ? string.Format(CultureInfo.InvariantCulture, "{0} {1}: {2}", severity, Id, Message)
            : string.Format(CultureInfo.InvariantCulture, "{0}: {1} {2}: {3}", Location, severity, Id, Message);
    }
}
