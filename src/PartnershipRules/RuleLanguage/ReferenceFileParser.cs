using System.Collections.Generic;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Model;

namespace PartnershipRules.RuleLanguage;

/// <summary>Reads the reference files of a catalogue: the bibliography (<c>works:</c>) and the criteria (<c>criteria:</c>).</summary>
internal static class ReferenceFileParser
{
    private static readonly string[] WorkKeys = { "key", "authors", "year", "title", "publishedIn", "sourcePaper", "note" };
    private static readonly string[] CriterionKeys = { "key", "title" };

    public static void ReadWorks(DocMapping root, Dictionary<string, (Work Work, SourceLocation Location)> works, DiagnosticBag diagnostics)
    {
        var file = new MappingReader(root, "a bibliography file", new[] { "works" }, diagnostics);
        foreach (var entry in file.MappingList("works", required: true))
        {
            var reader = new MappingReader(entry, "a work", WorkKeys, diagnostics);
            var key = reader.String("key", required: true);
            var authors = reader.String("authors", required: true);
            var year = reader.String("year", required: true);
            var title = reader.String("title", required: false);
            var publishedIn = reader.String("publishedIn", required: false);
            var sourcePaper = reader.Boolean("sourcePaper") ?? false;
            var note = reader.String("note", required: false);
            if (reader.HasErrors || key is null || authors is null || year is null)
            {
                continue;
            }

            if (works.TryGetValue(key, out var existing))
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.DuplicateWork, entry.Find("key")!.Value.Location, new[] { existing.Location }, key));
                continue;
            }

            works.Add(key, (new Work(key, authors, year, title, publishedIn, sourcePaper, note), entry.Location));
        }
    }

    public static void ReadCriteria(DocMapping root, Dictionary<string, Criterion> criteria, DiagnosticBag diagnostics)
    {
        var file = new MappingReader(root, "a criteria file", new[] { "criteria" }, diagnostics);
        foreach (var entry in file.MappingList("criteria", required: true))
        {
            var reader = new MappingReader(entry, "a criterion", CriterionKeys, diagnostics);
            var key = reader.String("key", required: true);
            var title = reader.String("title", required: true);
            if (reader.HasErrors || key is null || title is null)
            {
                continue;
            }

            if (criteria.ContainsKey(key))
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidValue, entry.Find("key")!.Value.Location, key, "criterion key", "It is listed twice."));
                continue;
            }

            criteria.Add(key, new Criterion(key, title));
        }
    }
}
