using System;
using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.Engine;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Hosting;

/// <summary>One attempt to build an analyzer: the analyzer when it succeeded, and every diagnostic either way.</summary>
public sealed class AnalyzerBuild
{
    private AnalyzerBuild(PartnershipAnalyzer? analyzer, RuleCatalogue? catalogue, IReadOnlyList<Diagnostic> diagnostics, DateTimeOffset attemptedAt)
    {
        Analyzer = analyzer;
        Catalogue = catalogue;
        Diagnostics = diagnostics;
        AttemptedAt = attemptedAt;
    }

    /// <summary>The analyzer, or null when the attempt failed.</summary>
    public PartnershipAnalyzer? Analyzer { get; }

    /// <summary>
    /// The catalogue, when building got as far as loading it (also when it had errors, or its severities did not
    /// resolve): the rules that did load, for tools that list or document them.
    /// </summary>
    public RuleCatalogue? Catalogue { get; }

    /// <summary>What building reported (errors when it failed; warnings and notes otherwise), in the order found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>When the attempt was made.</summary>
    public DateTimeOffset AttemptedAt { get; }

    /// <summary>Whether the attempt produced an analyzer.</summary>
    public bool Succeeded => Analyzer is not null;

    /// <summary>A successful attempt.</summary>
    /// <param name="analyzer">The analyzer.</param>
    /// <param name="diagnostics">Warnings and notes.</param>
    /// <param name="attemptedAt">When.</param>
    /// <returns>The attempt.</returns>
    public static AnalyzerBuild Success(PartnershipAnalyzer analyzer, IReadOnlyList<Diagnostic> diagnostics, DateTimeOffset attemptedAt) =>
        new(analyzer ?? throw new ArgumentNullException(nameof(analyzer)), analyzer.Catalogue, diagnostics ?? Array.Empty<Diagnostic>(), attemptedAt);

    /// <summary>A failed attempt.</summary>
    /// <param name="diagnostics">Why; at least one error.</param>
    /// <param name="attemptedAt">When.</param>
    /// <param name="catalogue">The catalogue, if it was loaded before the build failed.</param>
    /// <returns>The attempt.</returns>
    public static AnalyzerBuild Failure(IReadOnlyList<Diagnostic> diagnostics, DateTimeOffset attemptedAt, RuleCatalogue? catalogue = null)
    {
        if (diagnostics is null || !diagnostics.Any(d => d.IsError))
        {
            throw new ArgumentException("A failed build names at least one error.", nameof(diagnostics));
        }

        return new AnalyzerBuild(null, catalogue, diagnostics, attemptedAt);
    }
}
