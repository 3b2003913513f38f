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
    public static ConfigurationLoadResult Load(string path, DocumentLimits limits)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        if (limits is null)
        {
            throw new ArgumentNullException(nameof(limits));
        }

        return Bind(DocumentReader.ReadFile(path, limits), path, limits);
    }

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
    public static ConfigurationLoadResult Load(string name, Stream content, DocumentLimits limits)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (content is null)
        {
            throw new ArgumentNullException(nameof(content));
        }

        if (limits is null)
        {
            throw new ArgumentNullException(nameof(limits));
        }

        return Bind(DocumentReader.ReadStream(name, content, limits), name, limits);
    }

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
    public static ConfigurationLoadResult Parse(string name, string text, DocumentLimits limits)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (limits is null)
        {
            throw new ArgumentNullException(nameof(limits));
        }

        return Bind(DocumentReader.Read(name, Encoding.UTF8.GetBytes(text), limits), name, limits);
    }

    internal static RuleCategory? ParseCategory(string text) =>
        typeof(RuleCategory).GetEnumValues().Cast<RuleCategory>().Select(c => (RuleCategory?)c).FirstOrDefault(c => Spelling.SnakeCase(c!.Value.ToString()) == text);

    private static ConfigurationLoadResult Bind(DocumentReadResult read, string path, DocumentLimits limits)
    {
        var diagnostics = new List<Diagnostic>(read.Diagnostics);
        if (read.Root is null)
        {
            return new ConfigurationLoadResult(null, diagnostics);
        }

        try
        {
            using (DiagnosticBudget.Begin(limits.EffectiveMaxDiagnostics))
            {
                return Bind(read.Root, path, diagnostics);
            }
        }
        catch (DiagnosticBudgetExceededException ex)
        {
            diagnostics.Add(DiagnosticBudget.Exceeded(ex, diagnostics.LastOrDefault(d => d.Location is not null)?.Location ?? new SourceLocation(path, 1, 1)));
            return new ConfigurationLoadResult(null, diagnostics);
        }
    }

    private static ConfigurationLoadResult Bind(DocNode document, string path, List<Diagnostic> diagnostics)
    {

        if (document is not DocMapping root || (root.Find("severity") is null && root.Find("parameters") is null && root.Find("suppressions") is null))
        {
            diagnostics.Add(DiagnosticDescriptors.NotAConfigurationFile.Create(document.Location, document is DocMapping ? "This file has neither." : "This file is " + document.KindName + "."));
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
        var suppressions = file.Node("suppressions") is { } node ? SuppressionReader.Read(node, diagnostics) : new List<Suppression>();
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

        var categoryNames = typeof(RuleCategory).GetEnumNames().Select(Spelling.SnakeCase).ToList();
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

    private static Severity ToSeverity(string name) => name switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "suggestion" => Severity.Suggestion,
        "silent" => Severity.Silent,
        _ => Severity.None,
    };

    private static LocatedParameters ReadParameters(DocNode? node, List<Diagnostic> diagnostics)
    {
        var parameters = new LocatedParameters();
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
            // NaN and infinities parse as numbers but make every comparison with the threshold false: refused.
            if (entry.Value is DocScalar { IsPlain: true } scalar && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && !double.IsNaN(value) && !double.IsInfinity(value))
            {
                parameters.Set(entry.Key.Value, value, entry.Key.Location);
            }
            else
            {
                diagnostics.Add(DiagnosticDescriptors.WrongType.Create(entry.Value.Location, entry.Key.Value, "a finite number"));
            }
        }

        return parameters;
    }
}
