using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage.CodeRules;
using PartnershipRules.RuleLanguage.Conditions;

namespace PartnershipRules.RuleLanguage;

/// <summary>
/// First pass over a rule file: reads each rule's descriptor and keeps its conditions as document nodes, to be bound
/// once every rule's id is known (composite rules refer to other rules).
/// </summary>
internal static class RuleFileParser
{
    public const int MaxQuoteWords = 25;

    /// <summary>
    /// Where a rule's generated page lives, relative to the rules folder (see <c>partnership-rules docs</c>). Relative,
    /// because the catalogue names no host; a host that publishes the pages can rewrite it.
    /// </summary>
    public static string DefaultHelpLink(string id) => "docs/" + id + ".md";

    internal static readonly string[] RuleKeys =
    {
        "id", "title", "message", "category", "kind", "severity", "enabled", "description", "helpLink", "tags", "criteria",
        "appliesWhen", "condition", "advice", "citations", "seeAlso", "parameters", "claim",
    };

    internal static readonly string[] ClaimKeys = { "strength", "words" };

    internal static readonly string[] CitationKeys = { "source", "section", "quote", "cites", "note" };

    internal static readonly string[] ParameterKeys = { "value", "description" };

    /// <summary>
    /// The severities a rule may declare. <c>none</c> is configuration's way to switch reports off; in a rule file or a
    /// layer, a rule is switched off with <c>enabled: false</c>.
    /// </summary>
    internal static readonly Severity[] RuleSeverities = { Severity.Silent, Severity.Suggestion, Severity.Warning, Severity.Error };

    internal static readonly string[] FileKeys = { "rules", "overrides" };

    internal static readonly string[] OverrideKeys = { "rule", "enabled", "severity", "message", "advice", "reason" };

    private static readonly Regex ParameterName = new("^[a-z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);

    private static readonly Regex IdPattern = new("^[A-Z][A-Z0-9]*[0-9]$", RegexOptions.CultureInvariant);
    private static readonly Regex Ellipsis = new(@"\s*(?:\[\s*(?:\.\.\.|…)\s*\]|…|\.\.\.)\s*", RegexOptions.CultureInvariant);

    public static IEnumerable<ParsedRule> Read(DocMapping root, string layer, IReadOnlyDictionary<string, (Work Work, SourceLocation Location)> works, IReadOnlyDictionary<string, Criterion> criteria, RuleCatalogueOptions options, DiagnosticBag diagnostics)
    {
        var file = new MappingReader(root, "a rule file", FileKeys, diagnostics);
        foreach (var mapping in file.MappingList("rules", required: root.Find("overrides") is null))
        {
            var rule = ReadRule(mapping, layer, works, criteria, options, diagnostics);
            if (rule is not null)
            {
                yield return rule;
            }
        }
    }

    /// <summary>Reads a layer's <c>overrides:</c> entries; an entry with an error is dropped, the others kept.</summary>
    public static IEnumerable<ParsedOverride> ReadOverrides(DocMapping root, string layer, DiagnosticBag diagnostics)
    {
        if (root.Find("overrides") is null)
        {
            yield break;
        }

        var file = new MappingReader(root, "a rule file", FileKeys, diagnostics);
        foreach (var mapping in file.MappingList("overrides", required: false))
        {
            var reader = new MappingReader(mapping, "an override", OverrideKeys, diagnostics);
            var rule = reader.String("rule", required: true);
            var enabled = reader.Boolean("enabled");
            var severity = reader.Enum("severity", required: false, RuleSeverities);
            var message = reader.String("message", required: false);
            var advice = reader.String("advice", required: false);
            var reason = reader.String("reason", required: false);
            if (!reader.HasErrors && enabled is null && severity is null && message is null && advice is null)
            {
                reader.Fail(Diagnostic.Create(DiagnosticDescriptors.InvalidValue, mapping.Location, rule ?? "?", "override", "Say what to change: enabled, severity, message or advice."));
            }

            if (reader.HasErrors || rule is null)
            {
                continue;
            }

            yield return new ParsedOverride(rule, reader.Node("rule")!.Location, layer, enabled, severity, message, advice, reason, mapping);
        }
    }

    private static ParsedRule? ReadRule(DocMapping mapping, string layer, IReadOnlyDictionary<string, (Work Work, SourceLocation Location)> works, IReadOnlyDictionary<string, Criterion> criteria, RuleCatalogueOptions options, DiagnosticBag diagnostics)
    {
        var reader = new MappingReader(mapping, "a rule", RuleKeys, diagnostics);
        var id = reader.String("id", required: true);
        if (id is not null && !IdPattern.IsMatch(id))
        {
            reader.Fail(Diagnostic.Create(DiagnosticDescriptors.InvalidValue, reader.Node("id")!.Location, id, "rule id", "Rule ids are capital letters followed by digits, e.g. PR2001."));
        }

        var title = reader.String("title", required: true);
        var message = reader.String("message", required: true);
        var category = reader.Enum<RuleCategory>("category", required: true);
        var kind = reader.Enum<RuleKind>("kind", required: true);
        var severity = reader.Enum("severity", required: true, RuleSeverities);
        var enabled = reader.Boolean("enabled") ?? true;
        var description = reader.String("description", required: true);
        var helpLink = reader.String("helpLink", required: false);
        var tags = reader.StringList("tags").Select(t => t.Value).ToList();
        var criterionKeys = reader.StringList("criteria");
        var advice = reader.String("advice", required: true);
        var seeAlso = reader.StringList("seeAlso").Select(s => s.Value).ToList();
        var condition = reader.Node("condition");
        if (condition is null)
        {
            reader.Fail(Diagnostic.Create(DiagnosticDescriptors.MissingKey, mapping.Location, "a rule", "condition"));
        }

        if (criterionKeys.Count == 0 && reader.Node("criteria") is null)
        {
            reader.Fail(Diagnostic.Create(DiagnosticDescriptors.MissingKey, mapping.Location, "a rule", "criteria"));
        }

        foreach (var key in criterionKeys.Where(k => !criteria.ContainsKey(k.Value)))
        {
            reader.Fail(Diagnostic.Create(DiagnosticDescriptors.UnknownCriterion, key.Location, key.Value, Spelling.DidYouMean(key.Value, criteria.Keys)));
        }

        var citations = ReadCitations(reader, works, diagnostics);
        var parameters = ReadParameters(reader, id, options, diagnostics);
        var claim = ReadClaim(reader, id, severity, description, citations, diagnostics);
        if (citations is not null && !citations.Any(c => c.Source.IsSourcePaper))
        {
            var papers = string.Join(", ", works.Values.Where(w => w.Work.IsSourcePaper).Select(w => w.Work.Key));
            reader.Fail(Diagnostic.Create(DiagnosticDescriptors.MissingCitation, reader.Node("citations")?.Location ?? mapping.Location, id ?? "?", papers));
        }

        if (reader.HasErrors || id is null || title is null || message is null || category is null || kind is null || severity is null || description is null || advice is null || citations is null || condition is null)
        {
            if (id is not null)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.RuleSkipped, mapping.Find("id")!.Value.Location, id));
            }

            return null;
        }

        var descriptor = new RuleDescriptor(
            id, title, message, category.Value, kind.Value, severity.Value, enabled, description, helpLink ?? DefaultHelpLink(id), tags,
            criterionKeys.Select(k => k.Value).ToList(), advice, citations, seeAlso, mapping.Find("id")!.Value.Location, parameters, layer, overrides: null, claim);
        return new ParsedRule(descriptor, mapping, reader.Node("appliesWhen"), condition, reader.Node("message")!.Location);
    }

    /// <summary>Reads <c>parameters: {name: {value, description}}</c> and applies the host's override of each.</summary>
    private static List<RuleParameter> ReadParameters(MappingReader rule, string? id, RuleCatalogueOptions options, DiagnosticBag diagnostics)
    {
        var parameters = new List<RuleParameter>();
        switch (rule.Node("parameters"))
        {
            case null:
                return parameters;
            case DocMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    if (!ParameterName.IsMatch(entry.Key.Value))
                    {
                        rule.Fail(Diagnostic.Create(DiagnosticDescriptors.InvalidValue, entry.Key.Location, entry.Key.Value, "parameter name", "Parameter names are camelCase words, e.g. minimumBarriers."));
                        continue;
                    }

                    if (entry.Value is not DocMapping body)
                    {
                        rule.Fail(Diagnostic.Create(DiagnosticDescriptors.WrongType, entry.Value.Location, entry.Key.Value, "a mapping with 'value' and 'description'"));
                        continue;
                    }

                    var reader = new MappingReader(body, "a parameter", ParameterKeys, diagnostics);
                    var description = reader.String("description", required: true);
                    var text = reader.String("value", required: true);
                    if (text is not null && !(double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && IsFinite(parsed)))
                    {
                        reader.Fail(Diagnostic.Create(DiagnosticDescriptors.WrongType, body.Find("value")!.Value.Location, "value", "a finite number"));
                    }

                    if (reader.HasErrors || description is null || text is null)
                    {
                        rule.MarkFailed();
                        continue;
                    }

                    var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
                    var effective = id is not null && options.Parameters.TryGetValue(id + "." + entry.Key.Value, out var given) ? given : value;
                    if (!IsFinite(effective))
                    {
                        var key = id + "." + entry.Key.Value;
                        rule.Fail(Diagnostic.Create(DiagnosticDescriptors.InvalidValue, 
                            options.LocationOf(key) ?? entry.Key.Location,
                            effective.ToString(CultureInfo.InvariantCulture),
                            "value for the parameter " + key,
                            "Give a finite number."));
                        continue;
                    }

                    parameters.Add(new RuleParameter(entry.Key.Value, value, effective, description));
                }

                return parameters;
            case var other:
                rule.Fail(Diagnostic.Create(DiagnosticDescriptors.WrongType, other.Location, "parameters", "a mapping from parameter names to {value, description}"));
                return parameters;
        }
    }

    /// <summary>
    /// Reads <c>claim: {strength, words}</c>: the words must be found in one of the rule's quotes (in its description
    /// for the library's own construction), and the severity must not exceed what the strength allows.
    /// </summary>
    private static Claim? ReadClaim(MappingReader rule, string? id, Severity? severity, string? description, List<Citation>? citations, DiagnosticBag diagnostics)
    {
        switch (rule.Node("claim"))
        {
            case null:
                return null;
            case DocMapping mapping:
                var reader = new MappingReader(mapping, "a claim", ClaimKeys, diagnostics);
                var strength = reader.Enum<ClaimStrength>("strength", required: true);
                var words = reader.String("words", required: true);
                if (reader.HasErrors || strength is null || words is null)
                {
                    rule.MarkFailed();
                    return null;
                }

                var wordsAt = mapping.Find("words")!.Value.Location;
                var library = strength == ClaimStrength.Library;
                var found = library
                    ? description?.Contains(words) // ordinal, on every target framework
                    : citations?.Any(c => c.Quote.Contains(words));
                if (found == false)
                {
                    rule.Fail(Diagnostic.Create(DiagnosticDescriptors.ClaimWordsNotFound, wordsAt, words, library ? "the rule's description" : "any of the rule's quotes"));
                }

                var claim = new Claim(strength.Value, words, mapping.Location);
                if (severity is { } declared && declared > claim.Ceiling)
                {
                    rule.Fail(Diagnostic.Create(DiagnosticDescriptors.SeverityBeyondClaim, rule.Node("severity")!.Location, id ?? "?", Spelling.Of(declared), Spelling.Of(strength.Value), Spelling.Of(claim.Ceiling)));
                }

                return claim;
            case var other:
                rule.Fail(Diagnostic.Create(DiagnosticDescriptors.WrongType, other.Location, "claim", "a mapping with 'strength' and 'words'"));
                return null;
        }
    }

    /// <summary>Words in a quote, not counting elisions.</summary>
    internal static int QuoteWords(string quote) => Ellipsis.Replace(quote, " ").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static List<Citation>? ReadCitations(MappingReader rule, IReadOnlyDictionary<string, (Work Work, SourceLocation Location)> works, DiagnosticBag diagnostics)
    {
        var citations = new List<Citation>();
        var ok = true;
        foreach (var mapping in rule.MappingList("citations", required: true))
        {
            var reader = new MappingReader(mapping, "a citation", CitationKeys, diagnostics);
            var source = ResolveWork(reader, reader.Node("source"), works);
            var section = reader.String("section", required: true);
            var quote = reader.String("quote", required: true);
            var note = reader.String("note", required: false);
            var cites = new List<Work>();
            foreach (var cited in reader.StringList("cites"))
            {
                if (ResolveWork(reader, cited, works) is { } work)
                {
                    cites.Add(work);
                }
            }

            if (quote is not null)
            {
                var words = QuoteWords(quote);
                if (words > MaxQuoteWords)
                {
                    reader.Fail(Diagnostic.Create(DiagnosticDescriptors.QuoteTooLong, reader.Node("quote")!.Location, words, MaxQuoteWords));
                }
            }

            if (reader.HasErrors || source is null || section is null || quote is null)
            {
                ok = false;
                if (!reader.HasErrors && source is null && reader.Node("source") is null)
                {
                    reader.Fail(Diagnostic.Create(DiagnosticDescriptors.MissingKey, mapping.Location, "a citation", "source"));
                }

                continue;
            }

            citations.Add(new Citation(source, section, quote, cites, note));
        }

        if (!ok)
        {
            rule.MarkFailed();
            return null;
        }

        return citations;
    }

    private static Work? ResolveWork(MappingReader reader, DocNode? node, IReadOnlyDictionary<string, (Work Work, SourceLocation Location)> works)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not DocScalar { IsNull: false } scalar)
        {
            reader.Fail(Diagnostic.Create(DiagnosticDescriptors.WrongType, node.Location, "source", "a bibliography key"));
            return null;
        }

        if (works.TryGetValue(scalar.Value, out var work))
        {
            return work.Work;
        }

        reader.Fail(Diagnostic.Create(DiagnosticDescriptors.UnknownWork, scalar.Location, scalar.Value, Spelling.DidYouMean(scalar.Value, works.Keys)));
        return null;
    }

    private static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);
}

/// <summary>An <c>overrides:</c> entry of a layer, read but not yet applied.</summary>
internal sealed record ParsedOverride(
    string RuleId,
    SourceLocation RuleLocation,
    string Layer,
    bool? Enabled,
    Severity? Severity,
    string? Message,
    string? Advice,
    string? Reason,
    DocMapping Node);

/// <summary>A rule after the first pass: descriptor read, conditions not yet bound.</summary>
internal sealed class ParsedRule
{
    public ParsedRule(RuleDescriptor descriptor, DocMapping? node, DocNode? appliesWhen, DocNode? condition, SourceLocation messageLocation, CodeRules.CodeRule? code = null)
    {
        Code = code;
        Descriptor = descriptor;
        Node = node;
        AppliesWhen = appliesWhen;
        Condition = condition;
        MessageLocation = messageLocation;
    }

    public RuleDescriptor Descriptor { get; }

    public DocMapping? Node { get; }

    public DocNode? AppliesWhen { get; }

    /// <summary>The YAML condition; null for a rule written in C#.</summary>
    public DocNode? Condition { get; }

    /// <summary>The C# rule, when the rule was not written in YAML.</summary>
    public CodeRules.CodeRule? Code { get; }

    public SourceLocation MessageLocation { get; }

    /// <summary>The rule with a layer's override applied; a new message is then checked where the override wrote it.</summary>
    public ParsedRule With(RuleDescriptor descriptor, SourceLocation? messageLocation) =>
        new(descriptor, Node, AppliesWhen, Condition, messageLocation ?? MessageLocation, Code);
}
