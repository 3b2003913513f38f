using System;
using PartnershipRules.Documents;

namespace PartnershipRules.Hosting;

/// <summary>
/// Changes to the <see cref="DocumentLimits"/> of one kind of file. Each value left null keeps that kind's default,
/// so raising one bound (say, the file size of case files) keeps the others as they were. Bindable from
/// configuration, settable in code, and on the command line as <c>--limit KIND.NAME=VALUE</c>.
/// </summary>
public sealed class DocumentLimitSettings
{
    /// <summary>Largest file accepted, in bytes.</summary>
    public long? MaxFileBytes { get; set; }

    /// <summary>Longest single value, in characters.</summary>
    public int? MaxScalarLength { get; set; }

    /// <summary>Deepest nesting of lists and mappings.</summary>
    public int? MaxDepth { get; set; }

    /// <summary>Most values in one file.</summary>
    public int? MaxNodes { get; set; }

    /// <summary>Most items in one list.</summary>
    public int? MaxListItems { get; set; }

    /// <summary>Most diagnostics one load reports before it stops.</summary>
    public int? MaxDiagnostics { get; set; }

    /// <summary>The names of the settings as written in <c>--limit KIND.NAME=VALUE</c> and configuration keys (camelCase there, PascalCase here).</summary>
    internal static readonly string[] Names = { "maxFileBytes", "maxScalarLength", "maxDepth", "maxNodes", "maxListItems", "maxDiagnostics" };

    /// <summary>The given defaults with these settings applied.</summary>
    /// <param name="defaults">The kind's defaults, e.g. <see cref="DocumentLimits.CaseFiles"/>.</param>
    /// <returns>The limits in effect.</returns>
    public DocumentLimits ApplyTo(DocumentLimits defaults)
    {
        if (defaults is null)
        {
            throw new ArgumentNullException(nameof(defaults));
        }

        return new DocumentLimits
        {
            MaxFileBytes = MaxFileBytes ?? defaults.MaxFileBytes,
            MaxScalarLength = MaxScalarLength ?? defaults.MaxScalarLength,
            MaxDepth = MaxDepth ?? defaults.MaxDepth,
            MaxNodes = MaxNodes ?? defaults.MaxNodes,
            MaxListItems = MaxListItems ?? defaults.MaxListItems,
            MaxDiagnostics = MaxDiagnostics ?? defaults.MaxDiagnostics,
        };
    }

    /// <summary>Sets one limit by its name as written on the command line; false when the name is not one.</summary>
    internal bool TrySet(string name, long value)
    {
        if (value < 1)
        {
            return false;
        }

        switch (name)
        {
            case "maxFileBytes":
                MaxFileBytes = value;
                return true;
            case "maxScalarLength" when value <= int.MaxValue:
                MaxScalarLength = (int)value;
                return true;
            case "maxDepth" when value <= int.MaxValue:
                MaxDepth = (int)value;
                return true;
            case "maxNodes" when value <= int.MaxValue:
                MaxNodes = (int)value;
                return true;
            case "maxListItems" when value <= int.MaxValue:
                MaxListItems = (int)value;
                return true;
            case "maxDiagnostics" when value <= int.MaxValue:
                MaxDiagnostics = (int)value;
                return true;
            default:
                return false;
        }
    }
}
