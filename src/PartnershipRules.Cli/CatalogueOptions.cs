using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using PartnershipRules.Configuration;
using PartnershipRules.Engine;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Cli;

/// <summary>
/// The options every command that evaluates rules shares: <c>--rules</c>, <c>--extend</c>, <c>--config</c> and <c>--set</c>, and
/// loading what they name. Parameter values: the configuration file's, then <c>--set</c> (which wins).
/// </summary>
internal sealed class CatalogueOptions
{
    private readonly Option<string[]> _rules = RuleOptions.Create();
    private readonly Option<string[]> _set = RuleOptions.CreateSet();
    private readonly Option<string[]> _extend = RuleOptions.CreateExtend();
    private readonly Option<string?> _config = new("--config")
    {
        Description = "A configuration file (severities per category and rule, parameter values); see " + ConfigurationFile.DefaultFileName + " in the README.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_rules);
        command.Options.Add(_extend);
        command.Options.Add(_config);
        command.Options.Add(_set);
    }

    /// <summary>Loads the configuration, the catalogue and the severities; null (after printing why) on any error.</summary>
    public Loaded? Load(ParseResult parse, TextWriter error)
    {
        var configuration = AnalyzerConfiguration.Empty;
        if (parse.GetValue(_config) is { } path)
        {
            var read = ConfigurationFile.Load(path);
            foreach (var diagnostic in read.Diagnostics)
            {
                error.WriteLine(diagnostic.ToString());
            }

            if (read.Configuration is null)
            {
                return null;
            }

            configuration = read.Configuration;
        }

        var settings = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!RuleOptions.AddSettings(parse.GetValue(_set), settings, error))
        {
            return null;
        }

        // --set wins over the file; the file's values keep their places, so a misspelt name is reported at its line.
        var catalogue = RuleOptions.Load(parse.GetValue(_rules), parse.GetValue(_extend), LocatedParameters.Merge(configuration.Parameters, settings), error);
        if (catalogue is null)
        {
            return null;
        }

        if (catalogue.HasErrors)
        {
            RuleOptions.Print(catalogue, error);
            return null;
        }

        var options = new AnalyzerOptions { Configuration = configuration };
        var severities = SeverityResolver.Resolve(catalogue, options);
        foreach (var diagnostic in severities.Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }

        return severities.HasErrors ? null : new Loaded(catalogue, options, severities);
    }

    internal sealed record Loaded(RuleCatalogue Catalogue, AnalyzerOptions Options, SeverityResolution Severities);
}
