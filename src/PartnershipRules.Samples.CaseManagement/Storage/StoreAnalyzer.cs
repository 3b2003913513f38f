using System;
using System.Linq;
using Microsoft.Extensions.Options;
using PartnershipRules.Engine;
using PartnershipRules.Hosting;

namespace PartnershipRules.Samples.CaseManagement.Storage;

/// <summary>
/// The analyzer stored versions are assessed and reviewed with: the same rules and settings as the advisor's, but with
/// no cap on findings. <c>MaxFindings</c> keeps the check endpoint's answer small; a review compares every finding of
/// two versions, and under a cap a finding that merely fell below it would be reported as resolved.
/// </summary>
internal sealed class StoreAnalyzer
{
    private readonly Lazy<PartnershipAnalyzer> _analyzer;

    /// <summary>Prepares the analyzer; it is built on first use (the service makes that start-up).</summary>
    /// <param name="options">The library's options, as the advisor was built from.</param>
    public StoreAnalyzer(IOptions<PartnershipRulesOptions> options)
    {
        _analyzer = new Lazy<PartnershipAnalyzer>(() =>
        {
            var uncapped = options.Value.Clone();
            uncapped.MaxFindings = null;
            var build = AnalyzerBuilder.Build(uncapped);
            return build.Analyzer ?? throw new InvalidOperationException("The rule set could not be built for the store: " + string.Join("; ", build.Diagnostics.Select(d => d.ToString())));
        });
    }

    /// <summary>The analyzer.</summary>
    public PartnershipAnalyzer Analyzer => _analyzer.Value;
}
