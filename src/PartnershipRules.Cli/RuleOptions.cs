using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Cli;

/// <summary>The <c>--rules</c> option shared by the commands, and loading the catalogue it names.</summary>
internal static class RuleOptions
{
    public static Option<string[]> Create() => new("--rules")
    {
        Description = "A directory of rule files to use instead of the embedded catalogue (repeatable).",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<string[]> CreateExtend() => new("--extend")
    {
        Description = "A directory layered over the catalogue (repeatable, lowest first): rules it adds and 'overrides:' of earlier rules.",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<string[]> CreateSet() => new("--set")
    {
        Description = "A value for a rule parameter, RULEID.name=VALUE (repeatable), e.g. PR4007.minimumBarriers=5.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>Loads the catalogue; returns null (after printing why) when a directory is missing.</summary>
    public static RuleCatalogue? Load(string[]? directories, TextWriter error) => Load(directories, null, new Dictionary<string, double>(), error);

    /// <summary>Loads the catalogue with layers and parameter values from --set; null (after printing why) when one is malformed.</summary>
    public static RuleCatalogue? Load(string[]? directories, string[]? layers, string[]? settings, TextWriter error)
    {
        var parameters = new Dictionary<string, double>(StringComparer.Ordinal);
        return AddSettings(settings, parameters, error) ? Load(directories, layers, parameters, error) : null;
    }

    /// <summary>Adds --set values (RULEID.name=NUMBER) to the parameters; false (after printing why) when one is malformed.</summary>
    public static bool AddSettings(string[]? settings, Dictionary<string, double> parameters, TextWriter error)
    {
        foreach (var setting in settings ?? Array.Empty<string>())
        {
            var equals = setting.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || !double.TryParse(setting.AsSpan(equals + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                error.WriteLine($"error: --set '{setting}' is not RULEID.name=NUMBER with a finite number (e.g. PR4007.minimumBarriers=5).");
                return false;
            }

            parameters[setting.Substring(0, equals).Trim()] = value;
        }

        return true;
    }

    /// <summary>Loads the catalogue (the embedded one, or --rules directories) with --extend layers and parameter values.</summary>
    public static RuleCatalogue? Load(string[]? directories, string[]? layers, IReadOnlyDictionary<string, double> parameters, TextWriter error)
    {
        var options = new RuleCatalogueOptions { Parameters = parameters };
        directories ??= Array.Empty<string>();
        layers ??= Array.Empty<string>();
        var missing = directories.Concat(layers).FirstOrDefault(d => !Directory.Exists(d));
        if (missing is not null)
        {
            error.WriteLine($"{missing}: error PR0001: The rules directory does not exist.");
            return null;
        }

        if (directories.Length == 0)
        {
            return RuleCatalogue.LoadLayered(layers, options);
        }

        return RuleCatalogue.LoadDirectories(directories.Concat(layers), options);
    }

    public static void Print(RuleCatalogue catalogue, TextWriter writer)
    {
        foreach (var diagnostic in catalogue.Diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
        }
    }

}
