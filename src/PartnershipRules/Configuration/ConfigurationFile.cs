using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PartnershipRules.Cases;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Configuration;

/// <summary>
/// Reads a configuration file (by convention <c>partnershiprules.yaml</c>):
/// <code>
/// severity:
///   categories: { barriers: suggestion }      # error | warning | suggestion | silent | none
///   rules: { PR3002: none, PR4007: error }
/// parameters:
///   PR4007.minimumBarriers: 5
/// </code>
/// Every mistake is a diagnostic with file, line and column; a file with errors gives no configuration.
/// </summary>
public static class ConfigurationFile
{
    /// <summary>The conventional file name.</summary>
    public const string DefaultFileName = "partnershiprules.yaml";

    private static readonly string[] SeverityNames = { "error", "warning", "suggestion", "silent", "none" };

    /// <summary>Reads a configuration file from disk, within <see cref="DocumentLimits.ConfigurationFiles"/>.</summary>
    /// <param name="path">The path, as it should appear in messages.</param>
    /// <returns>The configuration, or the diagnostics that explain why there is none.</returns>
    public static ConfigurationLoadResult Load(string path) => Load(path, DocumentLimits.ConfigurationFiles);

    /// <summary>Reads a configuration file from disk within the given limits.</summary>
    /// <param name="path">The path, as it should appear in messages.</param>
    /// <param name="limits">The bounds on size, depth, values and value length.</param>
    /// <returns>The configuration, or the diagnostics that explain why there is none.</returns>
    public static ConfigurationLoadResult Load(string path, DocumentLimits limits) => Bind(DocumentInput.FromFile(path, limits), path, limits);

    /// <summary>
    /// Reads a configuration from a stream of UTF-8 YAML or JSON, within <see cref="DocumentLimits.ConfigurationFiles"/>.
    /// At most the size limit (plus one byte) is read. The stream is not closed.
    /// </summary>
    /// <param name="name">The name to use in messages.</param>
    /// <param name="content">The stream.</param>
    /// <returns>The configuration, or the diagnostics that explain why there is none.</returns>
    public static ConfigurationLoadResult Load(string name, Stream content) => Load(name, content, DocumentLimits.ConfigurationFiles);

    /// <summary>Reads a configuration from a stream of UTF-8 YAML or JSON within the given limits. The stream is not closed.</summary>
    /// <param name="name">The name to use in messages.</param>
    /// <param name="content">The stream.</param>
    /// <param name="limits">The bounds on size, depth, values and value length.</param>
    /// <returns>The configuration, or the diagnostics that explain why there is none.</returns>
    public static ConfigurationLoadResult Load(string name, Stream content, DocumentLimits limits) => Bind(DocumentInput.FromStream(name, content, limits), name, limits);

    /// <summary>Reads a configuration from YAML or JSON text, within <see cref="DocumentLimits.ConfigurationFiles"/>.</summary>
    /// <param name="name">The name to use in messages.</param>
    /// <param name="text">The text.</param>
    /// <returns>The configuration, or the diagnostics that explain why there is none.</returns>
    public static ConfigurationLoadResult Parse(string name, string text) => Parse(name, text, DocumentLimits.ConfigurationFiles);

    /// <summary>Reads a configuration from YAML or JSON text within the given limits (the size limit counts UTF-8 bytes).</summary>
    /// <param name="name">The name to use in messages.</param>
    /// <param name="text">The text.</param>
    /// <param name="limits">The bounds on size, depth, values and value length.</param>
    /// <returns>The configuration, or the diagnostics that explain why there is none.</returns>
    public static ConfigurationLoadResult Parse(string name, string text, DocumentLimits limits) => Bind(DocumentInput.FromText(name, text, limits), name, limits);

    private static ConfigurationLoadResult Bind(DocumentReadResult read, string path, DocumentLimits limits) =>
        DocumentInput.Bind(read, path, limits, (root, diagnostics) => Bind(root, path, diagnostics), diagnostics => new ConfigurationLoadResult(null, diagnostics));

    private static ConfigurationLoadResult Bind(DocNode document, string path, DiagnosticBag diagnostics)
    {

        if (document is not DocMapping root || (root.Find("severity") is null && root.Find("parameters") is null && root.Find("suppressions") is null))
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.NotAConfigurationFile, document.Location, document is DocMapping ? "This file has none of them." : "This file is " + document.KindName + "."));
            return new ConfigurationLoadResult(null, diagnostics.ToList());
        }

        var file = new MappingReader(root, "a configuration file", new[] { "severity", "parameters", "suppressions" }, diagnostics);
        var categories = new List<SeveritySetting>();
        var rules = new List<SeveritySetting>();
        if (file.Node("severity") is { } severityNode)
        {
            if (severityNode is DocMapping severity)
            {
                var reader = new MappingReader(severity, "'severity'", new[] { "categories", "rules" }, diagnostics);
                ReadSettings(reader.Node("categories"), "categories", categories, diagnostics, isCategory: true);
                ReadSettings(reader.Node("rules"), "rules", rules, diagnostics, isCategory: false);
            }
            else
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.WrongType, severityNode.Location, "severity", "a mapping with 'categories' and/or 'rules'"));
            }
        }

        var parameters = ReadParameters(file.Node("parameters"), diagnostics);
        var suppressions = file.Node("suppressions") is { } node ? SuppressionReader.Read(node, diagnostics) : new List<Suppression>();
        return diagnostics.HasErrors
            ? new ConfigurationLoadResult(null, diagnostics.ToList())
            : new ConfigurationLoadResult(new AnalyzerConfiguration(path, categories, rules, parameters.Values, suppressions, parameters.Locations), diagnostics.ToList());
    }

    private static void ReadSettings(DocNode? node, string what, List<SeveritySetting> settings, DiagnosticBag diagnostics, bool isCategory)
    {
        if (node is null)
        {
            return;
        }

        if (node is not DocMapping mapping)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.WrongType, node.Location, what, isCategory ? "a mapping from categories to severities" : "a mapping from rule ids to severities"));
            return;
        }

        var categoryNames = Spelling.All<RuleCategory>();
        foreach (var entry in mapping.Entries)
        {
            if (isCategory && !Spelling.TryParse<RuleCategory>(entry.Key.Value, out _))
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidValue, entry.Key.Location, entry.Key.Value, "category", Spelling.DidYouMean(entry.Key.Value, categoryNames).TrimStart() + " Categories: " + string.Join(", ", categoryNames) + "."));
                continue;
            }

            var text = (entry.Value as DocScalar)?.Value;
            var index = text is null ? -1 : Array.IndexOf(SeverityNames, text);
            if (index < 0)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidValue, entry.Value.Location, text ?? entry.Value.KindName, "severity", Spelling.DidYouMean(text ?? string.Empty, SeverityNames).TrimStart() + " Use error, warning, suggestion, silent or none."));
                continue;
            }

            settings.Add(new SeveritySetting(entry.Key.Value, ToSeverity(SeverityNames[index]), entry.Key.Location));
        }
    }

    private static Severity ToSeverity(string name) => name switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "suggestion" => Severity.Suggestion,
        "silent" => Severity.Silent,
        _ => Severity.None,
    };

    private static (Dictionary<string, double> Values, Dictionary<string, SourceLocation> Locations) ReadParameters(DocNode? node, DiagnosticBag diagnostics)
    {
        var parameters = (Values: new Dictionary<string, double>(StringComparer.Ordinal), Locations: new Dictionary<string, SourceLocation>(StringComparer.Ordinal));
        if (node is null)
        {
            return parameters;
        }

        if (node is not DocMapping mapping)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.WrongType, node.Location, "parameters", "a mapping from RULEID.name to a number"));
            return parameters;
        }

        foreach (var entry in mapping.Entries)
        {
            // NaN and infinities parse as numbers but make every comparison with the threshold false: refused.
            if (entry.Value is DocScalar { IsPlain: true } scalar && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && !double.IsNaN(value) && !double.IsInfinity(value))
            {
                parameters.Values[entry.Key.Value] = value;
                parameters.Locations[entry.Key.Value] = entry.Key.Location;
            }
            else
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.WrongType, entry.Value.Location, entry.Key.Value, "a finite number"));
            }
        }

        return parameters;
    }
}
