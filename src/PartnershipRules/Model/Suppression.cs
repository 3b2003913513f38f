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

    /// <summary>
    /// Whether it sets the finding aside: a suppression without a path always does; one with a path does when the
    /// finding concerns that record and no other (no evidence in another list item, such as another partner), and
    /// covers it only in part when the finding also concerns other records, which keeps it reported.
    /// </summary>
    internal SuppressionReach Reach(Finding finding)
    {
        if (finding.RuleId != RuleId)
        {
            return SuppressionReach.None;
        }

        if (Path is null)
        {
            return SuppressionReach.Whole;
        }

        if (!Under(finding.Location.Path) && !finding.Evidence.Any(e => Under(e.Location.Path)))
        {
            return SuppressionReach.None;
        }

        return finding.Evidence.Any(e => IsRecord(e.Location.Path) && !Under(e.Location.Path)) ? SuppressionReach.Part : SuppressionReach.Whole;
    }

    // A path into a list item names one record (a partner, a forum, a representative); other paths are the
    // partnership's own facts, which every record's finding may cite.
    private static bool IsRecord(string path) => path.IndexOfAny(ListIndex) >= 0;

    private static readonly char[] ListIndex = { '[' };

    private bool Under(string path) =>
        path.Equals(Path, StringComparison.Ordinal)
        || (path.StartsWith(Path!, StringComparison.Ordinal) && path.Length > Path!.Length && (path[Path.Length] == '.' || path[Path.Length] == '['));

    /// <inheritdoc/>
    public override string ToString() => RuleId + (Path is null ? string.Empty : " at " + Path) + ": " + Justification;
}

/// <summary>How much of a finding a suppression covers.</summary>
internal enum SuppressionReach
{
    /// <summary>None of it.</summary>
    None,

    /// <summary>All of it: the finding is set aside.</summary>
    Whole,

    /// <summary>One record of several it concerns: the finding stays reported, the covered part marked.</summary>
    Part,
}
