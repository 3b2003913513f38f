using System.Globalization;

namespace PartnershipRules.Diagnostics;

/// <summary>The fixed part of a diagnostic: its id, severity, title and message format.</summary>
public sealed class DiagnosticDescriptor
{
    internal DiagnosticDescriptor(string id, Severity severity, string title, string messageFormat)
    {
        Id = id;
        Severity = severity;
        Title = title;
        MessageFormat = messageFormat;
    }

    /// <summary>Stable id.</summary>
    public string Id { get; }

    /// <summary>Default severity.</summary>
    public Severity Severity { get; }

    /// <summary>Short title.</summary>
    public string Title { get; }

    /// <summary>Composite format string for the message.</summary>
    public string MessageFormat { get; }

    internal Diagnostic Create(SourceLocation? location, params object?[] args)
    {
        DiagnosticBudget.Spend();
        return CreateUncounted(location, args);
    }

    /// <summary>Creates a diagnostic without counting it against the current <see cref="DiagnosticBudget"/>.</summary>
    internal Diagnostic CreateUncounted(SourceLocation? location, params object?[] args) =>
        new(Id, Severity, string.Format(CultureInfo.InvariantCulture, MessageFormat, args), location);
}
