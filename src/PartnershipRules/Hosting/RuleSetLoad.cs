using System;
using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.Engine;

namespace PartnershipRules.Hosting;

/// <summary>One attempt to build a rule set: the analyzer when it succeeded, and every diagnostic either way.</summary>
public sealed class RuleSetLoad
{
    private RuleSetLoad(PartnershipAnalyzer? analyzer, IReadOnlyList<Diagnostic> diagnostics, DateTimeOffset attemptedAt)
    {
        Analyzer = analyzer;
        Diagnostics = diagnostics;
        AttemptedAt = attemptedAt;
    }

    /// <summary>The compiled rule set, or null when the attempt failed.</summary>
    public PartnershipAnalyzer? Analyzer { get; }

    /// <summary>What loading reported (errors when it failed; warnings and notes otherwise).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>When the attempt was made.</summary>
    public DateTimeOffset AttemptedAt { get; }

    /// <summary>Whether the attempt produced a rule set.</summary>
    public bool Succeeded => Analyzer is not null;

    /// <summary>A successful attempt.</summary>
    /// <param name="analyzer">The rule set.</param>
    /// <param name="diagnostics">Warnings and notes.</param>
    /// <param name="attemptedAt">When.</param>
    /// <returns>The attempt.</returns>
    public static RuleSetLoad Success(PartnershipAnalyzer analyzer, IReadOnlyList<Diagnostic> diagnostics, DateTimeOffset attemptedAt) =>
        new(analyzer ?? throw new ArgumentNullException(nameof(analyzer)), diagnostics ?? Array.Empty<Diagnostic>(), attemptedAt);

    /// <summary>A failed attempt.</summary>
    /// <param name="diagnostics">Why; at least one error.</param>
    /// <param name="attemptedAt">When.</param>
    /// <returns>The attempt.</returns>
    public static RuleSetLoad Failure(IReadOnlyList<Diagnostic> diagnostics, DateTimeOffset attemptedAt)
    {
        if (diagnostics is null || !diagnostics.Any(d => d.IsError))
        {
            throw new ArgumentException("A failed load names at least one error.", nameof(diagnostics));
        }

        return new RuleSetLoad(null, diagnostics, attemptedAt);
    }
}
