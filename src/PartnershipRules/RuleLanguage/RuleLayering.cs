using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Model;

namespace PartnershipRules.RuleLanguage;

/// <summary>
/// Applies a layer's <c>overrides:</c> to rules defined by any layer, in the order the files were loaded, so a site
/// can switch a shipped rule off, change its severity, or reword its message and advice without copying it.
/// </summary>
internal static class RuleLayering
{
    public static void Apply(ParsedOverride change, List<ParsedRule> rules, DiagnosticBag diagnostics)
    {
        var index = rules.FindIndex(r => r.Descriptor.Id == change.RuleId);
        if (index < 0)
        {
            // With no rule beneath it at all, the folder is a layer read on its own (validate --rules LAYER): say how
            // to read it over the catalogue instead of only that the id is unknown.
            var hint = rules.Count == 0
                ? " No rule is defined beneath this file: a folder of overrides alone is a layer over a rule set, so give it with --extend DIR (over the catalogue, or over --rules BASE), or in code after the catalogue in RuleDirectories."
                : Spelling.DidYouMean(change.RuleId, rules.Select(r => r.Descriptor.Id).ToList());
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnknownOverriddenRule, change.RuleLocation, change.RuleId, hint));
            return;
        }

        var rule = rules[index];
        var descriptor = rule.Descriptor;
        SourceLocation? messageLocation = null;
        if (change.Enabled is { } enabled)
        {
            descriptor = descriptor.With(Record(change, "enabled", enabled ? "true" : "false", descriptor.IsEnabledByDefault ? "true" : "false"), enabled: enabled);
        }

        if (change.Severity is { } severity)
        {
            descriptor = descriptor.With(Record(change, "severity", Spell(severity), Spell(descriptor.DefaultSeverity)), severity: severity);
        }

        if (change.Message is { } message)
        {
            descriptor = descriptor.With(Record(change, "message", message, descriptor.MessageFormat), message: message);
            messageLocation = change.Node.Find("message")!.Value.Location;
        }

        if (change.Advice is { } advice)
        {
            descriptor = descriptor.With(Record(change, "advice", advice, descriptor.Advice), advice: advice);
        }

        rules[index] = rule.With(descriptor, messageLocation);
    }

    /// <summary>A composite that reads a switched-off rule would silently count it as not fired: say so.</summary>
    public static void ReportDisabledInputs(IReadOnlyList<RuleDefinition> definitions, DiagnosticBag diagnostics)
    {
        var disabled = new HashSet<string>(definitions.Where(d => !d.Descriptor.IsEnabledByDefault).Select(d => d.Id), StringComparer.Ordinal);
        foreach (var composite in definitions.Where(d => d.Descriptor.IsEnabledByDefault))
        {
            foreach (var input in composite.DependsOn.Where(disabled.Contains).OrderBy(i => i, StringComparer.Ordinal))
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.DisabledInput, composite.Descriptor.Location, composite.Id, input));
            }
        }
    }

    private static RuleOverride Record(ParsedOverride change, string setting, string value, string previous) =>
        new(change.RuleId, setting, value, previous, change.Layer, change.Node.Find(setting)!.Value.Location, change.Reason);

    private static string Spell(Severity severity) => severity.ToString().ToLower(CultureInfo.InvariantCulture);
}
