using System;
using PartnershipRules.Engine;

namespace PartnershipRules.Hosting;

/// <summary>A rebuild of the rule set finished: swapped in, or refused with the last good rule set still serving.</summary>
public sealed class RuleSetReloadedEventArgs : EventArgs
{
    internal RuleSetReloadedEventArgs(RuleSetLoad load, PartnershipAnalyzer serving, string? previousHash)
    {
        Load = load;
        Serving = serving;
        PreviousHash = previousHash;
    }

    /// <summary>The attempt, with its diagnostics.</summary>
    public RuleSetLoad Load { get; }

    /// <summary>The rule set serving after the attempt (the new one, or the last good one when the attempt failed).</summary>
    public PartnershipAnalyzer Serving { get; }

    /// <summary>The hash of the rule set that served before.</summary>
    public string? PreviousHash { get; }
}
