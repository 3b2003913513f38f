using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.RuleLanguage.CodeRules;

/// <summary>
/// Checks a host's C# rule against the catalogue as the YAML parser checks a rule file — id, citations, criteria —
/// and turns it into a parsed rule, so layers, binding and compilation treat both kinds alike.
/// </summary>
internal static class CodeRuleReader
{
    private static readonly Regex IdPattern = new("^[A-Z][A-Z0-9]*[0-9]$", RegexOptions.CultureInvariant);

    public static ParsedRule? Read(
        CodeRule rule,
        IReadOnlyDictionary<string, (Work Work, SourceLocation Location)> works,
        IReadOnlyDictionary<string, Criterion> criteria,
        DiagnosticBag diagnostics)
    {
        var at = rule.Location;
        var errors = diagnostics.Count;
        if (!IdPattern.IsMatch(rule.Id))
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidValue, at, rule.Id, "rule id", "Rule ids are capital letters followed by digits, e.g. ACME001."));
        }

        foreach (var key in rule.Criteria.Where(k => !criteria.ContainsKey(k)))
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnknownCriterion, at, key, Spelling.DidYouMean(key, criteria.Keys)));
        }

        var citations = new List<Citation>();
        foreach (var citation in rule.Citations)
        {
            var source = Work(citation.Source, at, works, diagnostics);
            var cited = citation.Cites.Select(c => Work(c, at, works, diagnostics)).ToList();
            var words = RuleFileParser.QuoteWords(citation.Quote);
            if (words > RuleFileParser.MaxQuoteWords)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.QuoteTooLong, at, words, RuleFileParser.MaxQuoteWords));
            }

            if (source is not null && cited.All(c => c is not null))
            {
                citations.Add(new Citation(source, citation.Section, citation.Quote, cited.Select(c => c!).ToList(), citation.Note));
            }
        }

        if (diagnostics.Count == errors && !citations.Any(c => c.Source.IsSourcePaper))
        {
            var papers = string.Join(", ", works.Values.Where(w => w.Work.IsSourcePaper).Select(w => w.Work.Key));
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.MissingCitation, at, rule.Id, papers));
        }

        if (diagnostics.Count > errors)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.RuleSkipped, at, rule.Id));
            return null;
        }

        var descriptor = new RuleDescriptor(
            rule.Id, rule.Title, rule.MessageFormat, rule.Category, rule.Kind, rule.Severity, isEnabledByDefault: true, rule.Description,
            helpLink: null, rule.Tags, rule.Criteria, rule.Advice, citations, seeAlso: new List<string>(), at, parameters: null, layer: CodeLayer);
        return new ParsedRule(descriptor, node: null, appliesWhen: null, condition: null, at, rule);
    }

    /// <summary>The layer name of rules the host adds in C#.</summary>
    public const string CodeLayer = "code";

    private static Work? Work(string key, SourceLocation at, IReadOnlyDictionary<string, (Work Work, SourceLocation Location)> works, DiagnosticBag diagnostics)
    {
        if (works.TryGetValue(key, out var work))
        {
            return work.Work;
        }

        diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnknownWork, at, key, Spelling.DidYouMean(key, works.Keys)));
        return null;
    }
}
