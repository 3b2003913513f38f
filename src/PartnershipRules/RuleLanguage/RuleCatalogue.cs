using System;
using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.Model;

namespace PartnershipRules.RuleLanguage;

/// <summary>
/// A loaded and checked set of rules with its bibliography and criteria. Loading is a compilation: every authoring
/// mistake becomes a <see cref="Diagnostic"/> with file, line and column, and a broken rule does not stop the others
/// from loading. Immutable and thread-safe.
/// </summary>
public sealed class RuleCatalogue
{
    internal RuleCatalogue(
        IReadOnlyList<RuleDefinition> definitions,
        IReadOnlyList<Work> works,
        IReadOnlyList<Criterion> criteria,
        IReadOnlyList<Diagnostic> diagnostics,
        string contentHash)
    {
        ContentHash = contentHash;
        Definitions = definitions;
        Rules = definitions.Select(d => d.Descriptor).ToList();
        Bibliography = works;
        Criteria = criteria;
        Diagnostics = diagnostics;
    }

    /// <summary>
    /// SHA-256 (hex) of the catalogue's files, in load order, and the parameter values applied: the same rules and
    /// values give the same hash wherever they are loaded from (embedded or a directory).
    /// </summary>
    public string ContentHash { get; }

    /// <summary>The rules that loaded, in file order.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>The bibliography: the source papers and the works they cite.</summary>
    public IReadOnlyList<Work> Bibliography { get; }

    /// <summary>The criteria the rules implement.</summary>
    public IReadOnlyList<Criterion> Criteria { get; }

    /// <summary>Everything found wrong while loading, in file order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether any diagnostic is an error (some rule or file was not loaded).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    internal IReadOnlyList<RuleDefinition> Definitions { get; }

    /// <summary>Loads the default catalogue embedded in the library.</summary>
    /// <returns>The catalogue.</returns>
    public static RuleCatalogue LoadDefault() => Load(RuleSource.DefaultCatalogue(), RuleCatalogueOptions.Default);

    /// <summary>Loads the default catalogue embedded in the library, with options (e.g. parameter values).</summary>
    /// <param name="options">The options.</param>
    /// <returns>The catalogue.</returns>
    public static RuleCatalogue LoadDefault(RuleCatalogueOptions options) => Load(RuleSource.DefaultCatalogue(), options);

    /// <summary>
    /// Loads the embedded catalogue with layers on top, like an <c>.editorconfig</c> hierarchy: each directory may add
    /// rules (<c>rules:</c>) and change any earlier rule's <c>enabled</c>, <c>severity</c>, <c>message</c> or
    /// <c>advice</c> (<c>overrides:</c>), later layers winning. Each rule's descriptor records its layer and overrides.
    /// </summary>
    /// <param name="layerDirectories">The layers, lowest first.</param>
    /// <param name="options">Options (e.g. parameter values).</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="System.IO.DirectoryNotFoundException">A layer directory does not exist.</exception>
    public static RuleCatalogue LoadLayered(IEnumerable<string> layerDirectories, RuleCatalogueOptions options)
    {
        if (layerDirectories is null)
        {
            throw new ArgumentNullException(nameof(layerDirectories));
        }

        return Load(RuleSource.DefaultCatalogue().Concat(layerDirectories.SelectMany(RuleSource.FromDirectory)), options);
    }

    /// <summary>
    /// Loads rules from directories instead of the default catalogue. The embedded bibliography and criteria are used
    /// unless the directories bring their own <c>works:</c> or <c>criteria:</c> files.
    /// </summary>
    /// <param name="directories">The directories.</param>
    /// <returns>The catalogue.</returns>
    public static RuleCatalogue LoadDirectories(IEnumerable<string> directories) => LoadDirectories(directories, RuleCatalogueOptions.Default);

    /// <summary>Loads rules from directories instead of the default catalogue, with options.</summary>
    /// <param name="directories">The directories.</param>
    /// <param name="options">The options.</param>
    /// <returns>The catalogue.</returns>
    public static RuleCatalogue LoadDirectories(IEnumerable<string> directories, RuleCatalogueOptions options)
    {
        if (directories is null)
        {
            throw new ArgumentNullException(nameof(directories));
        }

        return Load(directories.SelectMany(RuleSource.FromDirectory), options);
    }

    /// <summary>Loads rules from the given sources (see <see cref="LoadDirectories(IEnumerable{string})"/> for the reference files).</summary>
    /// <param name="sources">Rule, bibliography and criteria files.</param>
    /// <returns>The catalogue.</returns>
    public static RuleCatalogue Load(IEnumerable<RuleSource> sources) => Load(sources, RuleCatalogueOptions.Default);

    /// <summary>Loads rules from the given sources, with options.</summary>
    /// <param name="sources">Rule, bibliography and criteria files.</param>
    /// <param name="options">The options.</param>
    /// <returns>The catalogue.</returns>
    public static RuleCatalogue Load(IEnumerable<RuleSource> sources, RuleCatalogueOptions options)
    {
        if (sources is null)
        {
            throw new ArgumentNullException(nameof(sources));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        return RuleCatalogueLoader.Load(sources.ToList(), options);
    }
}
