using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PartnershipRules.Benchmarks.Peer;
using PartnershipRules.Diagnostics;
using PartnershipRules.Engine;
using PartnershipRules.Facts;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Benchmarks;

/// <summary>
/// What the benchmarks run on: the default catalogue compiled three ways (NRules analyzer, floor, RulesEngine peer)
/// and the cases. Built once per benchmark process; the cases are fixed (examples) or generated from fixed seeds.
/// </summary>
public static class Workload
{
    /// <summary>The seed of every generated batch.</summary>
    public const int Seed = 20261126;

    private static readonly Lazy<RuleCatalogue> LazyCatalogue = new(RuleCatalogue.LoadDefault);
    private static readonly Lazy<PartnershipAnalyzer> LazyAnalyzer = new(() => new PartnershipAnalyzer(Catalogue));
    private static readonly Lazy<FloorEvaluator> LazyFloor = new(() => new FloorEvaluator(Catalogue));
    private static readonly Lazy<RulesEnginePeer> LazyPeer = new(() => new RulesEnginePeer(Catalogue, PeerSamples()));

    /// <summary>The default embedded catalogue.</summary>
    public static RuleCatalogue Catalogue => LazyCatalogue.Value;

    /// <summary>The analyzer (NRules) with default options.</summary>
    public static PartnershipAnalyzer Analyzer => LazyAnalyzer.Value;

    /// <summary>The floor: compiled conditions without NRules.</summary>
    public static FloorEvaluator Floor => LazyFloor.Value;

    /// <summary>The peer: RulesEngine on the translated rules.</summary>
    public static RulesEnginePeer Peer => LazyPeer.Value;

    /// <summary>
    /// The typical case: rules/examples/community-regeneration.yaml, the README's first example, a fully recorded case
    /// (4 partners, 1 funding stream, 2 forums) that gives all four outcomes with many findings, so result building
    /// (messages, evidence, missing facts) is exercised as a real caller would exercise it.
    /// </summary>
    public static PartnershipCase Typical { get; } = Example("community-regeneration");

    /// <summary>The sparse case: rules/examples/sparse-intake.yaml, a first-contact record that is mostly unknown.</summary>
    public static PartnershipCase Sparse { get; } = Example("sparse-intake");

    /// <summary>The large case: generated, 20 partners, 10 funding streams and 10 forums, typical recording.</summary>
    public static PartnershipCase Large { get; } = new CaseGenerator(Seed, CaseProfile.Typical, partners: 20, funding: 10, forums: 10).NextCase();

    /// <summary>The named case.</summary>
    /// <param name="name">typical, sparse or large.</param>
    /// <returns>The case.</returns>
    public static PartnershipCase Case(string name) => name switch
    {
        "typical" => Typical,
        "sparse" => Sparse,
        "large" => Large,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "typical, sparse or large"),
    };

    /// <summary>An example case from rules/examples (embedded in this assembly).</summary>
    /// <param name="name">The file name without extension.</param>
    /// <returns>The case.</returns>
    public static PartnershipCase Example(string name)
    {
        var resource = "examples/" + name + ".yaml";
        using var stream = typeof(Workload).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("Missing embedded example " + resource);
        using var reader = new StreamReader(stream);
        return CaseGenerator.Parse(reader.ReadToEnd(), "rules/" + resource);
    }

    /// <summary>The names of the embedded examples.</summary>
    /// <returns>The names, without extension.</returns>
    public static IReadOnlyList<string> ExampleNames() => typeof(Workload).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith("examples/", StringComparison.Ordinal))
        .Select(n => Path.GetFileNameWithoutExtension(n))
        .OrderBy(n => n, StringComparer.Ordinal)
        .ToList();

    /// <summary>A catalogue of about <paramref name="fraction"/> of the default rules, for the scaling benchmark.</summary>
    /// <param name="fraction">Between 0 and 1.</param>
    /// <returns>
    /// The first rules of the catalogue in file order up to that share, plus the composite rules whose every
    /// dependency is in (a composite without its inputs would measure nothing).
    /// </returns>
    public static RuleCatalogue Subset(double fraction)
    {
        var all = Catalogue.Definitions.Where(d => d.Descriptor.IsEnabledByDefault).ToList();
        if (fraction >= 1)
        {
            return Catalogue;
        }

        var plain = all.Where(d => d.DependsOn.Count == 0).ToList();
        var kept = new HashSet<string>(plain.Take((int)Math.Round(all.Count * fraction)).Select(d => d.Id), StringComparer.Ordinal);
        bool added;
        do
        {
            added = false;
            foreach (var composite in all.Where(d => d.DependsOn.Count > 0 && !kept.Contains(d.Id) && d.DependsOn.All(kept.Contains)))
            {
                added |= kept.Add(composite.Id);
            }
        }
        while (added);

        var definitions = all.Where(d => kept.Contains(d.Id)).ToList();
        return new RuleCatalogue(definitions, Catalogue.Bibliography, Catalogue.Criteria, Array.Empty<Diagnostic>(), Catalogue.ContentHash + "/" + definitions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static IEnumerable<Partnership> PeerSamples()
    {
        var typical = new CaseGenerator(Seed + 1).NextCases(10);
        var sparse = new CaseGenerator(Seed + 2, CaseProfile.Sparse).NextCases(10);
        return typical.Concat(sparse).Concat(ExampleNames().Select(Example)).Append(Large).Select(c => c.Partnership);
    }
}
