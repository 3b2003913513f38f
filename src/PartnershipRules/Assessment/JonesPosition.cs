using System.Collections.Generic;
using PartnershipRules.Model;

namespace PartnershipRules.Assessment;

/// <summary>
/// Where a project-level partnership sits between Jones's 'disconnected' (target-focussed) and 'connected'
/// (client-centred) types: the signals found on each side and how many were not recorded. A position, not a verdict:
/// Jones describes types by their dominant features.
/// </summary>
public sealed class JonesPosition
{
    internal JonesPosition(bool applies, IReadOnlyList<RuleResult> connected, IReadOnlyList<RuleResult> disconnected, int unrecorded, int absent, Finding? classification)
    {
        Applies = applies;
        Connected = connected;
        Disconnected = disconnected;
        Unrecorded = unrecorded;
        Absent = absent;
        Classification = classification;
    }

    /// <summary>Whether Jones's model applies (it describes project-level partnerships).</summary>
    public bool Applies { get; }

    /// <summary>The connected features found.</summary>
    public IReadOnlyList<RuleResult> Connected { get; }

    /// <summary>The disconnected signals found.</summary>
    public IReadOnlyList<RuleResult> Disconnected { get; }

    /// <summary>Signals on either side that could not be decided for lack of information.</summary>
    public int Unrecorded { get; }

    /// <summary>Signals on either side found absent.</summary>
    public int Absent { get; }

    /// <summary>The catalogue's own classification, when one of its classification rules fired.</summary>
    public Finding? Classification { get; }

    /// <summary>
    /// From -1 (every signal found is disconnected) to +1 (every one connected); null when no signal was found on
    /// either side.
    /// </summary>
    public double? Score => Connected.Count + Disconnected.Count == 0
        ? null
        : (Connected.Count - Disconnected.Count) / (double)(Connected.Count + Disconnected.Count);

    /// <summary>How a reader would put it: "mostly connected", "mostly disconnected", "features of both", "no signals recorded", "does not apply".</summary>
    public string Words => !Applies
        ? "does not apply (Jones describes project-level partnerships)"
        : Score switch
        {
            null => "no signals recorded",
            >= 0.5 => "mostly connected",
            <= -0.5 => "mostly disconnected",
            _ => "features of both",
        };
}
