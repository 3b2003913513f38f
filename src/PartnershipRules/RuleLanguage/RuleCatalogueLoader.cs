using System;
using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Facts.Schema;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage.CodeRules;
using PartnershipRules.RuleLanguage.Conditions;

namespace PartnershipRules.RuleLanguage;

/// <summary>
/// Loads a catalogue in passes: read every file; read the bibliography and criteria; read each rule's descriptor;
/// bind every condition against the fact model and the other rules; drop rules that depend on dropped rules; refuse
/// circles. Each pass reports diagnostics and keeps going.
/// </summary>
internal static class RuleCatalogueLoader
{
    public static RuleCatalogue Load(IReadOnlyList<RuleSource> sources, RuleCatalogueOptions options)
    {
        var limits = options.DocumentLimits ?? DocumentLimits.RuleFiles;

        // Past the bound nothing more is read: a catalogue with that many mistakes is not used anyway.
        return DiagnosticBag.Collect(
            limits.EffectiveMaxDiagnostics,
            diagnostics => Load(sources, options, limits, diagnostics),
            diagnostics => new RuleCatalogue(Array.Empty<RuleDefinition>(), Array.Empty<Work>(), Array.Empty<Criterion>(), diagnostics, string.Empty));
    }

    private static RuleCatalogue Load(IReadOnlyList<RuleSource> sources, RuleCatalogueOptions options, DocumentLimits limits, DiagnosticBag diagnostics)
    {
        // The catalogue's identity for reproducibility stamps: its files' bytes in load order, then parameter values.
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        var ruleFiles = new List<(DocMapping Root, string Layer)>();
        var workFiles = new List<DocMapping>();
        var criteriaFiles = new List<DocMapping>();
        foreach (var source in sources)
        {
            Classify(source, ruleFiles, workFiles, criteriaFiles, diagnostics, hash, limits);
        }

        if (workFiles.Count == 0 || criteriaFiles.Count == 0)
        {
            // Rule authors cite the papers without copying the bibliography: the embedded one is the base.
            var embedded = new List<(DocMapping Root, string Layer)>();
            var embeddedWorks = new List<DocMapping>();
            var embeddedCriteria = new List<DocMapping>();
            foreach (var source in RuleSource.DefaultCatalogue())
            {
                Classify(source, embedded, embeddedWorks, embeddedCriteria, diagnostics, hash, DocumentLimits.RuleFiles);
            }

            if (workFiles.Count == 0)
            {
                workFiles.AddRange(embeddedWorks);
            }

            if (criteriaFiles.Count == 0)
            {
                criteriaFiles.AddRange(embeddedCriteria);
            }
        }

        var works = new Dictionary<string, (Work Work, SourceLocation Location)>(StringComparer.Ordinal);
        foreach (var file in workFiles)
        {
            ReferenceFileParser.ReadWorks(file, works, diagnostics);
        }

        var criteria = new Dictionary<string, Criterion>(StringComparer.Ordinal);
        foreach (var file in criteriaFiles)
        {
            ReferenceFileParser.ReadCriteria(file, criteria, diagnostics);
        }

        var parsed = new List<ParsedRule>();
        var byId = new Dictionary<string, ParsedRule>(StringComparer.Ordinal);
        foreach (var (file, layer) in ruleFiles)
        {
            foreach (var rule in RuleFileParser.Read(file, layer, works, criteria, options, diagnostics))
            {
                if (byId.TryGetValue(rule.Descriptor.Id, out var first))
                {
                    diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.DuplicateRuleId, rule.Descriptor.Location, Also(first.Descriptor.Location), rule.Descriptor.Id));
                    continue;
                }

                byId.Add(rule.Descriptor.Id, rule);
                parsed.Add(rule);
            }
        }

        // Rules the host wrote in C# join after the files, so layers can override them like any other rule.
        foreach (var code in options.CodeRules)
        {
            if (CodeRules.CodeRuleReader.Read(code, works, criteria, diagnostics) is not { } rule)
            {
                continue;
            }

            if (byId.TryGetValue(rule.Descriptor.Id, out var first))
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.DuplicateRuleId, rule.Descriptor.Location, Also(first.Descriptor.Location), rule.Descriptor.Id));
                continue;
            }

            byId.Add(rule.Descriptor.Id, rule);
            parsed.Add(rule);
        }

        // Later layers change earlier rules without copying them; applied in file order, so the last layer wins.
        foreach (var (file, layer) in ruleFiles)
        {
            foreach (var change in RuleFileParser.ReadOverrides(file, layer, diagnostics))
            {
                RuleLayering.Apply(change, parsed, diagnostics);
            }
        }

        ReportUnknownParameterValues(options, parsed, diagnostics);

        var definitions = Bind(parsed, diagnostics);
        RuleLayering.ReportDisabledInputs(definitions, diagnostics);
        foreach (var parameter in options.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(parameter.Key + "=" + parameter.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "\n"));
        }

        return new RuleCatalogue(
            definitions,
            works.Values.Select(w => w.Work).ToList(),
            criteria.Values.ToList(),
            diagnostics.ToList(),
            ContentHash.Finish(hash));
    }

    /// <summary>The first place of a duplicate, as a diagnostic's additional location (none for a rule written in code without a file).</summary>
    internal static IReadOnlyList<SourceLocation> Also(SourceLocation? first) => first is null ? Array.Empty<SourceLocation>() : new[] { first };

    private static void Classify(RuleSource source, List<(DocMapping Root, string Layer)> rules, List<DocMapping> works, List<DocMapping> criteria, DiagnosticBag diagnostics, System.Security.Cryptography.IncrementalHash hash, DocumentLimits limits)
    {
        var read = source.ReadDocument(hash, limits);
        diagnostics.AddRange(read.Diagnostics);
        if (read.Root is null)
        {
            return;
        }

        if (read.Root is DocMapping mapping)
        {
            if (mapping.Find("rules") is not null || mapping.Find("overrides") is not null)
            {
                rules.Add((mapping, source.Layer));
                return;
            }

            if (mapping.Find("works") is not null)
            {
                works.Add(mapping);
                return;
            }

            if (mapping.Find("criteria") is not null)
            {
                criteria.Add(mapping);
                return;
            }
        }

        diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.NotARuleFile, read.Root.Location, Describe(read.Root)));
    }

    private static string Describe(DocNode node) => node is DocMapping m
        ? (m.Entries.Count == 0 ? "an empty mapping" : "the keys " + string.Join(", ", m.Entries.Select(e => e.Key.Value)))
        : node.KindName;

    private static List<RuleDefinition> Bind(List<ParsedRule> parsed, DiagnosticBag diagnostics)
    {
        var known = new KnownRules(parsed.Select(p => p.Descriptor));
        var bound = new Dictionary<string, RuleDefinition>(StringComparer.Ordinal);
        var root = FactSchema.Default.Root;
        foreach (var rule in parsed)
        {
            known.Current = rule.Descriptor.Id;
            var binder = new ConditionBinder(diagnostics, known, rule.Descriptor.Parameters, rule.Descriptor.Criteria);
            Condition? appliesWhen;
            Condition? condition;
            var hasPrecondition = rule.AppliesWhen is not null || rule.Code?.AppliesWhen is not null;
            if (rule.Code is { } code)
            {
                var reads = code.Reads.Select(path => binder.ResolveRead(path, code.Location, root)).ToList();
                var readable = reads.All(r => r is not null) ? reads.Select(r => r!).ToList() : null;
                condition = readable is null ? null : new CodeCondition(code.Location, code.When, readable, code.Description);
                appliesWhen = readable is null || code.AppliesWhen is null ? null : new CodeCondition(code.Location, code.AppliesWhen, readable, "its precondition");
            }
            else
            {
                appliesWhen = rule.AppliesWhen is null ? null : binder.Bind(rule.AppliesWhen, root);
                condition = binder.Bind(rule.Condition!, root);
            }

            var message = MessageTemplate.Parse(rule.Descriptor.MessageFormat, rule.MessageLocation, root, diagnostics, rule.Descriptor.Parameters);
            if (message is { UsesSignals: true } && condition is not null && BalanceCondition.Within(condition) is null)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnknownPlaceholder, rule.MessageLocation, MessageTemplate.Signals));
                message = null;
            }

            if (condition is null || message is null || (hasPrecondition && appliesWhen is null)
                || !LabelChecks.Check(appliesWhen, condition, message, rule.MessageLocation, diagnostics))
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.RuleSkipped, rule.Descriptor.Location, rule.Descriptor.Id));
                continue;
            }

            bound.Add(rule.Descriptor.Id, new RuleDefinition(rule.Descriptor, appliesWhen, condition, message, binder.ReferencedRules.ToList()));
        }

        DropBrokenDependents(bound, diagnostics);
        DropCycles(bound, diagnostics);
        return parsed.Where(p => bound.ContainsKey(p.Descriptor.Id)).Select(p => bound[p.Descriptor.Id]).ToList();
    }

    /// <summary>A value the host gave for a parameter no rule declares is an error: a typo must not pass silently.</summary>
    private static void ReportUnknownParameterValues(RuleCatalogueOptions options, List<ParsedRule> parsed, DiagnosticBag diagnostics)
    {
        var known = parsed.SelectMany(r => r.Descriptor.Parameters.Select(p => r.Descriptor.Id + "." + p.Name)).ToList();
        foreach (var key in options.Parameters.Keys.Where(k => !known.Contains(k, StringComparer.Ordinal)).OrderBy(k => k, StringComparer.Ordinal))
        {
            diagnostics.Add(Diagnostic.Create(
                DiagnosticDescriptors.UnknownParameter,
                options.LocationOf(key),
                key,
                "of any rule",
                $"{Spelling.DidYouMean(key, known)} Parameters are named RULEID.name; the catalogue's are: {(known.Count == 0 ? "none" : string.Join(", ", known))}."));
        }
    }

    private static void DropBrokenDependents(Dictionary<string, RuleDefinition> bound, DiagnosticBag diagnostics)
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var rule in bound.Values.ToList())
            {
                var missing = rule.DependsOn.FirstOrDefault(d => !bound.ContainsKey(d));
                if (missing is not null)
                {
                    diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnknownRuleReference, rule.Descriptor.Location, missing, " Rule '" + rule.Id + "' reads its outcome, so it is not loaded either."));
                    bound.Remove(rule.Id);
                    changed = true;
                }
            }
        }
        while (changed);
    }

    private static void DropCycles(Dictionary<string, RuleDefinition> bound, DiagnosticBag diagnostics)
    {
        var circular = new List<string>();
        foreach (var rule in bound.Values)
        {
            var path = FindCycle(rule.Id, rule.Id, bound, new HashSet<string>(StringComparer.Ordinal));
            if (path is not null)
            {
                circular.Add(rule.Id);
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.RuleCycle, rule.Descriptor.Location, rule.Id, string.Join(" -> ", new[] { rule.Id }.Concat(path))));
            }
        }

        foreach (var id in circular)
        {
            bound.Remove(id);
        }

        // Rules that read a rule of a circle lose their input too.
        DropBrokenDependents(bound, diagnostics);
    }

    private static List<string>? FindCycle(string start, string current, Dictionary<string, RuleDefinition> bound, HashSet<string> visited)
    {
        if (!bound.TryGetValue(current, out var rule) || !visited.Add(current))
        {
            return null;
        }

        foreach (var next in rule.DependsOn)
        {
            if (next == start)
            {
                return new List<string> { next };
            }

            if (FindCycle(start, next, bound, visited) is { } rest)
            {
                rest.Insert(0, next);
                return rest;
            }
        }

        return null;
    }
}
