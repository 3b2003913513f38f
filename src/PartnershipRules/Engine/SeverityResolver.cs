using System;
using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Engine;

/// <summary>Works out each rule's effective severity from the layers of configuration, in one documented order.</summary>
internal static class SeverityResolver
{
    /// <summary>Resolves every rule of the catalogue.</summary>
    /// <param name="catalogue">The rules.</param>
    /// <param name="options">The configuration and host overrides.</param>
    /// <returns>The effective severities, in catalogue order, and diagnostics for settings that name no rule.</returns>
    public static SeverityResolution Resolve(RuleCatalogue catalogue, AnalyzerOptions options)
    {
        if (catalogue is null)
        {
            throw new ArgumentNullException(nameof(catalogue));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        return DiagnosticBag.Collect(
            DocumentLimits.DefaultMaxDiagnostics,
            diagnostics => Resolve(catalogue, options, diagnostics),
            diagnostics => new SeverityResolution(Array.Empty<EffectiveSeverity>(), diagnostics));
    }

    private static SeverityResolution Resolve(RuleCatalogue catalogue, AnalyzerOptions options, DiagnosticBag diagnostics)
    {
        var ids = catalogue.Rules.Select(r => r.Id).ToList();
        var fileRules = new Dictionary<string, SeveritySetting>(StringComparer.Ordinal);
        foreach (var setting in options.Configuration.Rules)
        {
            if (!ids.Contains(setting.Key, StringComparer.Ordinal))
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnknownRuleReference, setting.Location, setting.Key, Spelling.DidYouMean(setting.Key, ids)));
                continue;
            }

            fileRules[setting.Key] = setting; // a later line for the same rule wins, as in .editorconfig
        }

        var fileCategories = new Dictionary<RuleCategory, SeveritySetting>();
        foreach (var setting in options.Configuration.Categories)
        {
            // The configuration reader has refused unknown category names, so every key spells a category.
            if (Spelling.TryParse<RuleCategory>(setting.Key, out var category))
            {
                fileCategories[category] = setting;
            }
        }

        foreach (var id in options.RuleSeverities.Keys.Where(k => !ids.Contains(k, StringComparer.Ordinal)))
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnknownRuleOption, null, "severity override", id, Spelling.DidYouMean(id, ids)));
        }

        var severities = catalogue.Rules.Select(rule =>
        {
            var result = new EffectiveSeverity(rule, rule.DefaultSeverity, SeveritySource.RuleDefault, rule.Location);
            if (fileCategories.TryGetValue(rule.Category, out var category))
            {
                result = new EffectiveSeverity(rule, category.Severity, SeveritySource.FileCategory, category.Location);
            }

            if (fileRules.TryGetValue(rule.Id, out var own))
            {
                result = new EffectiveSeverity(rule, own.Severity, SeveritySource.FileRule, own.Location);
            }

            if (options.CategorySeverities.TryGetValue(rule.Category, out var hostCategory))
            {
                result = new EffectiveSeverity(rule, hostCategory, SeveritySource.HostCategory, null);
            }

            if (options.RuleSeverities.TryGetValue(rule.Id, out var hostRule))
            {
                result = new EffectiveSeverity(rule, hostRule, SeveritySource.HostRule, null);
            }

            return result;
        }).ToList();
        return new SeverityResolution(severities, diagnostics.ToList());
    }
}
