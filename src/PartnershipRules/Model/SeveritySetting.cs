using PartnershipRules.Diagnostics;

namespace PartnershipRules.Model;

/// <summary>One severity setting of a configuration file: a rule id or category, the value, and where it is written.</summary>
public sealed class SeveritySetting
{
    internal SeveritySetting(string key, Severity severity, SourceLocation location)
    {
        Key = key;
        Severity = severity;
        Location = location;
    }

    /// <summary>The rule id (e.g. <c>PR3002</c>) or category (e.g. <c>barriers</c>).</summary>
    public string Key { get; }

    /// <summary>The severity set.</summary>
    public Severity Severity { get; }

    /// <summary>Where the setting is written.</summary>
    public SourceLocation Location { get; }
}
