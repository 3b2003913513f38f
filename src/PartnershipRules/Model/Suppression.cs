using System;
using System.Linq;
using PartnershipRules.Diagnostics;

namespace PartnershipRules.Model;

/// <summary>
/// A decision, with its justification, that a rule's finding does not apply here: for one rule, optionally only where
/// it concerns one fact path (e.g. <c>partners[0]</c>). A suppressed finding is kept and marked, never dropped, and
/// never counts towards a failing exit code. A suppression that matches no finding is reported as unnecessary.
/// </summary>
public sealed class Suppression
{
    /// <summary>Creates a suppression.</summary>
    /// <param name="ruleId">The rule whose finding is suppressed.</param>
    /// <param name="justification">Why; required, so the decision can be reviewed.</param>
    /// <param name="path">Only findings located at or under this fact path (or citing evidence there); null for all.</param>
    /// <param name="location">Where the suppression is declared, if in a file.</param>
    public Suppression(string ruleId, string justification, string? path = null, SourceLocation? location = null)
    {
        if (string.IsNullOrWhiteSpace(ruleId))
        {
            throw new ArgumentException("A suppression names the rule it suppresses.", nameof(ruleId));
        }

        if (string.IsNullOrWhiteSpace(justification))
        {
            throw new ArgumentException("A suppression needs a justification.", nameof(justification));
        }

        RuleId = ruleId;
        Justification = justification;
        Path = string.IsNullOrWhiteSpace(path) ? null : path;
        Location = location;
    }

    /// <summary>The rule whose findings it suppresses.</summary>
    public string RuleId { get; }

    /// <summary>Why the finding does not apply.</summary>
    public string Justification { get; }

    /// <summary>The fact path it is limited to, or null for every finding of the rule.</summary>
    public string? Path { get; }

    /// <summary>Where it is declared (case file or configuration file), if in a file.</summary>
    public SourceLocation? Location { get; }

    internal bool Matches(Finding finding) =>
        finding.RuleId == RuleId
        && (Path is null || Under(finding.Location.Path) || finding.Evidence.Any(e => Under(e.Location.Path)));

    private bool Under(string path) =>
        path.Equals(Path, StringComparison.Ordinal)
        || (path.StartsWith(Path!, StringComparison.Ordinal) && path.Length > Path!.Length && (path[Path.Length] == '.' || path[Path.Length] == '['));

    /// <inheritdoc/>
    public override string ToString() => RuleId + (Path is null ? string.Empty : " at " + Path) + ": " + Justification;
}
