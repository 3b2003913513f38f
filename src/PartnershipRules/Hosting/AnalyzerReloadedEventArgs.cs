using System;
using PartnershipRules.Engine;

namespace PartnershipRules.Hosting;

/// <summary>What a rebuild of the analyzer gave: the attempt, the analyzer now serving and the one before.</summary>
public sealed class AnalyzerReloadedEventArgs : EventArgs
{
    internal AnalyzerReloadedEventArgs(AnalyzerBuild build, PartnershipAnalyzer serving, string? previousHash)
    {
        Build = build;
        Serving = serving;
        PreviousHash = previousHash;
    }

    /// <summary>The attempt (its diagnostics say why, when it failed).</summary>
    public AnalyzerBuild Build { get; }

    /// <summary>The analyzer serving now: the new one, or the last good one when the attempt failed.</summary>
    public PartnershipAnalyzer Serving { get; }

    /// <summary>The <see cref="PartnershipAnalyzer.RuleSetHash"/> of the analyzer that served before.</summary>
    public string? PreviousHash { get; }
}
