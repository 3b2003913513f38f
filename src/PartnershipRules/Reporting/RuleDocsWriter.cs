using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PartnershipRules.Documents;
using PartnershipRules.Facts.Schema;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;
using PartnershipRules.RuleLanguage.Conditions;

namespace PartnershipRules.Reporting;

/// <summary>
/// Generates the rule documentation: one Markdown page per rule (what it checks, the facts it reads, advice, full
/// citations, related rules, criteria), an index grouped by category, and a page from criterion key to rules. The
/// pages are generated from the loaded catalogue, so they cannot drift from the YAML; the committed copy in
/// <c>rules/docs</c> is kept current by a test.
/// </summary>
public static class RuleDocsWriter
{
    /// <summary>The index page, by category.</summary>
    public const string IndexFile = "README.md";

    /// <summary>The page from criterion key to the rules that implement it.</summary>
    public const string CriteriaFile = "criteria.md";

    /// <summary>The facts page: every fact, its values, the question to ask and the rules that read it.</summary>
    public const string FactsFile = "facts.md";

    /// <summary>The calibration page: each rule's severity beside how strongly the paper makes its point.</summary>
    public const string CalibrationFile = "calibration.md";

    /// <summary>Generates every page.</summary>
    /// <param name="catalogue">The catalogue to document.</param>
    /// <returns>File name to content, with <c>\n</c> line ends.</returns>
    public static IReadOnlyDictionary<string, string> Generate(RuleCatalogue catalogue)
    {
        if (catalogue is null)
        {
            throw new ArgumentNullException(nameof(catalogue));
        }

        var pages = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var titles = catalogue.Rules.ToDictionary(r => r.Id, r => r.Title, StringComparer.Ordinal);
        var readers = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        // Layers are named only when there is more than one: a single rule set's pages do not depend on its folder.
        var layered = catalogue.Rules.Select(r => r.Layer).Distinct(StringComparer.Ordinal).Skip(1).Any();
        foreach (var definition in catalogue.Definitions)
        {
            pages[definition.Id + ".md"] = RulePage(definition, titles, readers, layered);
        }

        pages[IndexFile] = Index(catalogue);
        pages[CriteriaFile] = CriteriaPage(catalogue);
        pages[FactsFile] = FactsPage(readers);
        pages[CalibrationFile] = CalibrationPage(catalogue);
        return pages;
    }

    private static string RulePage(RuleDefinition definition, Dictionary<string, string> titles, SortedDictionary<string, SortedSet<string>> readers, bool layered)
    {
        var rule = definition.Descriptor;
        var page = new StringBuilder();
        page.Append("# ").Append(rule.Id).Append(": ").Append(rule.Title).Append("\n\n");
        page.Append("| | |\n|---|---|\n");
        Row(page, "Category", Name(rule.Category));
        Row(page, "Kind", Name(rule.Kind));
        Row(page, "Default severity", Name(rule.DefaultSeverity));
        if (rule.Claim is { } claim)
        {
            Row(page, "Strength of claim", Name(claim.Strength) + ": “" + Cell(claim.Words) + "” ([calibration](" + CalibrationFile + "))");
        }

        Row(page, "Enabled by default", rule.IsEnabledByDefault ? "yes" : "no");
        Row(page, "Criteria", string.Join(", ", rule.Criteria.Select(c => $"[{c}]({CriteriaFile}#{c.ToLowerInvariant()})")));
        Row(page, "Tags", string.Join(", ", rule.Tags));

        // Pages of a layered rule set say where each rule and each change came from, as 'rules' does on the console.
        if (layered)
        {
            Row(page, "Defined in layer", Cell(rule.Layer));
        }

        foreach (var change in rule.Overrides)
        {
            var value = change.Setting is "message" or "advice" ? "changed" : Cell(change.PreviousValue) + " → " + Cell(change.Value);
            Row(page, "Overridden: " + change.Setting, value + " by layer " + Cell(change.Layer) + (change.Reason is null ? string.Empty : " (" + Cell(change.Reason) + ")"));
        }

        page.Append('\n');

        page.Append("## What it checks\n\n").Append(rule.Description.Trim()).Append("\n\n");
        var facts = new SortedDictionary<string, FactField>(StringComparer.Ordinal);
        if (definition.AppliesWhen is not null)
        {
            page.Append("It applies only when:\n\n").Append(Describe(definition.AppliesWhen, facts)).Append('\n');
            page.Append("Otherwise the result is *not applicable*.\n\n");
        }

        page.Append("It fires when:\n\n").Append(Describe(definition.Condition, facts)).Append('\n');
        page.Append("When a fact it needs is unknown or not recorded and the others do not settle the question, the result is ");
        page.Append("*insufficient information*, naming the facts to find out, never a finding.\n\n");

        if (rule.Parameters.Count > 0)
        {
            page.Append("## Parameters\n\nNumbers the papers do not give; the values are this library's own and a host may change them ");
            page.Append("(`RuleCatalogueOptions.Parameters`, or `--set ").Append(rule.Id).Append(".NAME=VALUE` on the command line).\n\n");
            page.Append("| parameter | default | meaning |\n|---|---|---|\n");
            foreach (var parameter in rule.Parameters)
            {
                page.Append("| `").Append(rule.Id).Append('.').Append(parameter.Name).Append("` | ")
                    .Append(parameter.DefaultValue.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" | ")
                    .Append(Cell(parameter.Description.Trim())).Append(" |\n");
            }

            page.Append('\n');
        }

        foreach (var fact in facts.Keys)
        {
            if (!readers.TryGetValue(fact, out var ids))
            {
                readers[fact] = ids = new SortedSet<string>(StringComparer.Ordinal);
            }

            ids.Add(rule.Id);
        }

        if (facts.Count > 0)
        {
            page.Append("## Facts it reads\n\n| fact | question to ask |\n|---|---|\n");
            foreach (var fact in facts)
            {
                page.Append("| `").Append(fact.Key).Append("` | ").Append(Cell(fact.Value.Question)).Append(" |\n");
            }

            page.Append('\n');
        }

        page.Append("## Message\n\n> ").Append(rule.MessageFormat).Append("\n\n");
        page.Append("## Advice\n\n").Append(rule.Advice.Trim()).Append("\n\n");
        page.Append("## Citations\n\n");
        foreach (var citation in rule.Citations)
        {
            page.Append("- ").Append(citation.Source.FullReference.TrimEnd('.')).Append(", § ").Append(citation.Section).Append(":\n");
            page.Append("  \u201C").Append(citation.Quote).Append("\u201D\n");
            if (citation.Cites.Count > 0)
            {
                page.Append("  - The paper cites: ").Append(string.Join("; ", citation.Cites.Select(w => w.FullReference))).Append('\n');
            }

            if (citation.Note is not null)
            {
                page.Append("  - Note: ").Append(citation.Note.Trim()).Append('\n');
            }
        }

        page.Append('\n');
        if (rule.SeeAlso.Count > 0)
        {
            page.Append("## Related rules\n\n");
            foreach (var id in rule.SeeAlso)
            {
                page.Append("- [").Append(id).Append("](").Append(id).Append(".md)");
                if (titles.TryGetValue(id, out var title))
                {
                    page.Append(": ").Append(title);
                }

                page.Append('\n');
            }

            page.Append('\n');
        }

        page.Append("---\n[All rules](").Append(IndexFile).Append(") · generated by `partnership-rules docs` from `")
            .Append(FileName(rule.Location?.FilePath)).Append("`; do not edit by hand.\n");
        return page.ToString();
    }

    private static string CalibrationPage(RuleCatalogue catalogue)
    {
        var page = new StringBuilder();
        page.Append("# Calibration: severity against the strength of each claim\n\n");
        page.Append("A rule may be no more severe than the paper is sure. Each rule records how firmly the paper makes its point ");
        page.Append("and the words that show it (`claim:` in the rule file); the loader refuses a severity above what the strength ");
        page.Append("allows (PRL030) and words not found in the rule's quotes or description (PRL029).\n\n");
        page.Append("| strength | meaning | most severe allowed |\n|---|---|---|\n");
        page.Append("| stated | asserted as a general truth, without a qualifier | error |\n");
        page.Append("| hedged | asserted with a qualifier (may, can, tends to, often, some, 'best avoided', a hedged list) | warning |\n");
        page.Append("| reported | reported from another author, a cited study or the paper's own fieldwork | warning |\n");
        page.Append("| library | decided by the library's own construction (a threshold, a count, a composite, a classification) | warning |\n\n");
        var rules = catalogue.Rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var counts = rules.GroupBy(r => r.Claim is { } c ? Name(c.Strength) : "not calibrated").OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key + " " + g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
        page.Append(rules.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" rules: ").Append(string.Join(", ", counts)).Append(".\n\n");
        page.Append("| rule | title | severity | strength | the words that show it |\n|---|---|---|---|---|\n");
        foreach (var rule in rules)
        {
            page.Append("| [").Append(rule.Id).Append("](").Append(rule.Id).Append(".md) | ").Append(Cell(rule.Title)).Append(" | ")
                .Append(Name(rule.DefaultSeverity)).Append(" | ")
                .Append(rule.Claim is { } claim ? Name(claim.Strength) + " | \u201C" + Cell(claim.Words) + "\u201D" : "not calibrated | ")
                .Append(" |\n");
        }

        page.Append("\n---\n[All rules](").Append(IndexFile).Append(") · generated by `partnership-rules docs`; do not edit by hand.\n");
        return page.ToString();
    }

    private static string Index(RuleCatalogue catalogue)
    {
        var page = new StringBuilder();
        page.Append("# Rules\n\n");
        page.Append(FormattableString.Invariant($"{catalogue.Rules.Count} rules implementing {catalogue.Rules.SelectMany(r => r.Criteria).Distinct().Count()} criteria "));
        page.Append("from Tett (2005) and Jones (2000); see also [criteria to rules](").Append(CriteriaFile).Append(") and ");
        page.Append("[facts and the questions to ask](").Append(FactsFile).Append("), and [calibration](").Append(CalibrationFile)
            .Append(") for each rule's severity beside how firmly the paper makes its point.\n\n");
        foreach (var group in catalogue.Rules.GroupBy(r => r.Category).OrderBy(g => g.Key))
        {
            page.Append("## ").Append(Name(group.Key)).Append("\n\n| id | title | kind | severity | criteria |\n|---|---|---|---|---|\n");
            foreach (var rule in group.OrderBy(r => r.Id, StringComparer.Ordinal))
            {
                page.Append(FormattableString.Invariant($"| [{rule.Id}]({rule.Id}.md) | {Cell(rule.Title)} | {Name(rule.Kind)} | {Name(rule.DefaultSeverity)} | {string.Join(", ", rule.Criteria)} |\n"));
            }

            page.Append('\n');
        }

        page.Append("---\nGenerated by `partnership-rules docs`; do not edit by hand.\n");
        return page.ToString();
    }

    private static string CriteriaPage(RuleCatalogue catalogue)
    {
        var byCriterion = catalogue.Rules
            .SelectMany(r => r.Criteria.Select(c => (Criterion: c, Rule: r)))
            .ToLookup(p => p.Criterion, p => p.Rule, StringComparer.Ordinal);
        var page = new StringBuilder();
        page.Append("# Criteria and the rules that implement them\n\n| criterion | title | rules |\n|---|---|---|\n");
        foreach (var criterion in catalogue.Criteria.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var rules = byCriterion[criterion.Key].OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => $"[{r.Id}]({r.Id}.md)");
            page.Append(FormattableString.Invariant($"| <a id=\"{criterion.Key.ToLowerInvariant()}\"></a>{criterion.Key} | {Cell(criterion.Title)} | {string.Join(", ", rules)} |\n"));
        }

        page.Append("\n---\n[All rules](").Append(IndexFile).Append(") · generated by `partnership-rules docs`; do not edit by hand.\n");
        return page.ToString();
    }

    /// <summary>
    /// Every fact of the model, record by record, with its values and the question to ask: the questionnaire a case
    /// worker fills in. Each fact lists the rules that read it, so an unused fact is visible too.
    /// </summary>
    private static string FactsPage(SortedDictionary<string, SortedSet<string>> readers)
    {
        var page = new StringBuilder();
        page.Append("# Facts and the questions to ask\n\n");
        page.Append("Every fact a case file can record, where it sits, the values it takes and the question that finds it out. ");
        page.Append("Any fact may be written `unknown`; a fact left out is *not recorded*. Field names are as in case files ");
        page.Append("(`rules/schemas/case.schema.json`).\n\n");
        Record(page, FactSchema.Default.Root, string.Empty, readers);
        page.Append("---\n[All rules](").Append(IndexFile).Append(") · generated by `partnership-rules docs`; do not edit by hand.\n");
        return page.ToString();
    }

    private static void Record(StringBuilder page, RecordSchema record, string prefix, SortedDictionary<string, SortedSet<string>> readers)
    {
        page.Append("## ").Append(prefix.Length == 0 ? "partnership" : "`" + prefix.TrimEnd('.') + "`").Append("\n\n");
        page.Append("| fact | values | question | read by |\n|---|---|---|---|\n");
        var nested = new List<(string Prefix, RecordSchema Record)>();
        foreach (var field in record.Fields)
        {
            var path = prefix + field.Name;
            switch (field.Shape)
            {
                case FieldShape.Record:
                    nested.Add((path + ".", field.Record!));
                    continue;
                case FieldShape.RecordList:
                    nested.Add((path + "[].", field.Record!));
                    break;
            }

            var rules = readers.TryGetValue(path, out var ids) ? string.Join(", ", ids.Select(id => $"[{id}]({id}.md)")) : string.Empty;
            page.Append("| `").Append(path).Append("` | ").Append(Cell(field.Describe())).Append(" | ").Append(Cell(field.Question)).Append(" | ").Append(rules).Append(" |\n");
        }

        page.Append('\n');
        foreach (var (childPrefix, child) in nested)
        {
            Record(page, child, childPrefix, readers);
        }
    }

    private static string Describe(Condition condition, SortedDictionary<string, FactField> facts)
    {
        var describer = new ConditionDescriber();
        describer.Describe(condition);
        foreach (var fact in describer.Facts)
        {
            facts[fact.Key] = fact.Value;
        }

        return describer.Text;
    }

    private static void Row(StringBuilder page, string name, string value) => page.Append("| ").Append(name).Append(" | ").Append(value).Append(" |\n");

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => Spelling.SnakeCase(value.ToString());

    private static string FileName(string? path) => path is null ? "?" : path.Replace('\\', '/').Split('/').Last();
}
