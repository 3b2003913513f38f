using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
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

    /// <summary>Reads a configuration file from disk.</summary>
    /// <param name="path">The path, as it should appear in messages.</param>
    /// <returns>The configuration, or the diagnostics that explain why there is none.</returns>
    public static ConfigurationLoadResult Load(string path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        return Bind(DocumentReader.ReadFile(path, DocumentLimits.CaseFiles), path);
    }

    /// <summary>Reads a configuration from YAML or JSON text.</summary>
    /// <param name="name">The name to use in messages.</param>
    /// <param name="text">The text.</param>
    /// <returns>The configuration, or the diagnostics that explain why there is none.</returns>
    public static ConfigurationLoadResult Parse(string name, string text)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return Bind(DocumentReader.Read(name, Encoding.UTF8.GetBytes(text), DocumentLimits.CaseFiles), name);
    }

    internal static RuleCategory? ParseCategory(string text) =>
        typeof(RuleCategory).GetEnumValues().Cast<RuleCategory>().Select(c => (RuleCategory?)c).FirstOrDefault(c => Schema.ValueType.SnakeCase(c!.Value.ToString()) == text);

    private static ConfigurationLoadResult Bind(DocumentReadResult read, string path)
    {
        var diagnostics = new List<Diagnostic>(read.Diagnostics);
        if (read.Root is null)
        {
            return new ConfigurationLoadResult(null, diagnostics);
        }

        if (read.Root is not DocMapping root || (root.Find("severity") is null && root.Find("parameters") is null && root.Find("suppressions") is null))
        {
            diagnostics.Add(DiagnosticDescriptors.NotAConfigurationFile.Create(read.Root.Location, read.Root is DocMapping ? "This file has neither." : "This file is " + read.Root.KindName + "."));
            return new ConfigurationLoadResult(null, diagnostics);
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
                diagnostics.Add(DiagnosticDescriptors.WrongType.Create(severityNode.Location, "severity", "a mapping with 'categories' and/or 'rules'"));
            }
        }

        var parameters = ReadParameters(file.Node("parameters"), diagnostics);
        var suppressions = file.Node("suppressions") is { } node ? Cases.SuppressionReader.Read(node, diagnostics) : new List<Evaluation.Suppression>();
        return diagnostics.Exists(d => d.IsError)
            ? new ConfigurationLoadResult(null, diagnostics)
            : new ConfigurationLoadResult(new AnalyzerConfiguration(path, categories, rules, parameters, suppressions), diagnostics);
    }

    private static void ReadSettings(DocNode? node, string what, List<SeveritySetting> settings, List<Diagnostic> diagnostics, bool isCategory)
    {
        if (node is null)
        {
            return;
        }

        if (node is not DocMapping mapping)
        {
            diagnostics.Add(DiagnosticDescriptors.WrongType.Create(node.Location, what, isCategory ? "a mapping from categories to severities" : "a mapping from rule ids to severities"));
            return;
        }

        var categoryNames = typeof(RuleCategory).GetEnumNames().Select(Schema.ValueType.SnakeCase).ToList();
        foreach (var entry in mapping.Entries)
        {
            if (isCategory && ParseCategory(entry.Key.Value) is null)
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidValue.Create(entry.Key.Location, entry.Key.Value, "category", MappingReader.Suggest(entry.Key.Value, categoryNames).TrimStart() + " Categories: " + string.Join(", ", categoryNames) + "."));
                continue;
            }

            var text = (entry.Value as DocScalar)?.Value;
            var index = text is null ? -1 : Array.IndexOf(SeverityNames, text);
            if (index < 0)
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidValue.Create(entry.Value.Location, text ?? entry.Value.KindName, "severity", MappingReader.Suggest(text ?? string.Empty, SeverityNames).TrimStart() + " Use error, warning, suggestion, silent or none."));
                continue;
            }

            settings.Add(new SeveritySetting(entry.Key.Value, ToSeverity(SeverityNames[index]), entry.Key.Location));
        }
    }

    private static ConfiguredSeverity ToSeverity(string name) => name switch
    {
        "error" => ConfiguredSeverity.Error,
        "warning" => ConfiguredSeverity.Warning,
        "suggestion" => ConfiguredSeverity.Suggestion,
        "silent" => ConfiguredSeverity.Silent,
        _ => ConfiguredSeverity.None,
    };

    private static Dictionary<string, double> ReadParameters(DocNode? node, List<Diagnostic> diagnostics)
    {
        var parameters = new Dictionary<string, double>(StringComparer.Ordinal);
        if (node is null)
        {
            return parameters;
        }

        if (node is not DocMapping mapping)
        {
            diagnostics.Add(DiagnosticDescriptors.WrongType.Create(node.Location, "parameters", "a mapping from RULEID.name to a number"));
            return parameters;
        }

        foreach (var entry in mapping.Entries)
        {
            if (entry.Value is DocScalar { IsPlain: true } scalar && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                parameters[entry.Key.Value] = value;
            }
            else
            {
                diagnostics.Add(DiagnosticDescriptors.WrongType.Create(entry.Value.Location, entry.Key.Value, "a number"));
            }
        }

        return parameters;
    }
}
