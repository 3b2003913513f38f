using System;
using System.Globalization;
using System.Linq;
using System.Text;
using PartnershipRules.Facts.Schema;

namespace PartnershipRules.Reporting.Schemas;

/// <summary>
/// A case file to fill in, for a case worker with only the tool: every fact of the model, grouped by record, commented
/// out with the question to ask and the values allowed, so the file loads as it is and each fact is recorded by
/// uncommenting its line. Generated from the fact model, so it cannot drift from what the loader accepts (tested).
/// </summary>
public static class CaseTemplate
{
    /// <summary>The file name editors look for beside the template (<c>yaml-language-server</c> reads the first line).</summary>
    public const string SchemaFileName = "case.schema.json";

    /// <summary>The template, YAML with <c>\n</c> line ends.</summary>
    /// <param name="partners">How many partner entries to write (at least 1).</param>
    /// <returns>The text of a case file that loads as it is.</returns>
    public static string Generate(int partners = 2)
    {
        if (partners < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(partners), partners, "A template has at least one partner.");
        }

        var text = new StringBuilder();
        text.Append("# yaml-language-server: $schema=").Append(SchemaFileName).Append('\n');
        text.Append("# A partnership case for partnership-rules. Each fact is commented out with the question to ask and the values\n");
        text.Append("# allowed: uncomment a line and give the value; write unknown where nobody knows, and leave out what was not\n");
        text.Append("# recorded. Check it with: partnership-rules check THIS-FILE\n");
        text.Append("partnership:\n");
        Record(text, FactSchema.Default.Root, "  ", partners);
        return text.ToString();
    }

    /// <summary>The JSON Schema of case files, to write beside the template for editors.</summary>
    /// <returns>The schema text.</returns>
    public static string JsonSchema() => CaseJsonSchema.Generate();

    private static void Record(StringBuilder text, RecordSchema record, string indent, int partners)
    {
        foreach (var field in record.Fields)
        {
            switch (field.Shape)
            {
                case FieldShape.Record:
                    text.Append(indent).Append("# ").Append(field.Question).Append('\n');
                    text.Append(indent).Append(field.Name).Append(":\n");
                    Record(text, field.Record!, indent + "  ", partners);
                    break;
                case FieldShape.RecordList when field.Name == "partners":
                    text.Append(indent).Append("# ").Append(field.Question).Append('\n');
                    text.Append(indent).Append("partners:\n");
                    for (var i = 1; i <= partners; i++)
                    {
                        Item(text, field.Record!, indent, "Partner " + i.ToString(CultureInfo.InvariantCulture), partners);
                    }

                    break;
                case FieldShape.RecordList:
                    // Other lists start empty; a commented item shows everything an item holds.
                    text.Append(indent).Append("# ").Append(field.Question).Append(" (a list; each item as below)\n");
                    text.Append(indent).Append(field.Name).Append(": []\n");
                    Commented(text, field.Record!, indent + "#   ");
                    break;
                default:
                    Fact(text, field, indent);
                    break;
            }
        }
    }

    private static void Item(StringBuilder text, RecordSchema record, string indent, string name, int partners)
    {
        if (record.Find("name") is { } label)
        {
            text.Append(indent).Append("  # ").Append(label.Question).Append('\n');
        }

        text.Append(indent).Append("  - name: ").Append(name).Append('\n');
        Commented(text, record, indent + "    ", skip: "name");
    }

    // Every field of a record, commented out; lists and nested records as commented blocks below their name.
    private static void Commented(StringBuilder text, RecordSchema record, string indent, string? skip = null)
    {
        foreach (var field in record.Fields.Where(f => f.Name != skip))
        {
            if (field.Shape is FieldShape.RecordList or FieldShape.Record)
            {
                text.Append(indent).Append("# ").Append(field.Question).Append(field.Shape == FieldShape.RecordList ? " (a list; each item as below)\n" : "\n");
                text.Append(indent).Append("# ").Append(field.Name).Append(":\n");
                Commented(text, field.Record!, indent + "#   ");
                continue;
            }

            Fact(text, field, indent);
        }
    }

    private static void Fact(StringBuilder text, FactField field, string indent)
    {
        text.Append(indent).Append("# ").Append(field.Question).Append(" (").Append(Allowed(field)).Append(")\n");
        text.Append(indent).Append("# ").Append(field.Name).Append(": ").Append(Example(field)).Append('\n');
    }

    private static string Allowed(FactField field) => field.Shape switch
    {
        FieldShape.Observation => "value: yes, partly, no or unknown; evidence: text; observedOn: a date",
        FieldShape.ValueList => "a list of " + Values(field.ScalarType!),
        _ when field.IsIdentifier => "text",
        _ => Values(field.ScalarType!) + ", or unknown",
    };

    private static string Values(ScalarType type) =>
        type.Kind == ValueKind.Enumeration ? "one of: " + string.Join(", ", type.Names) : type.Description;

    private static string Example(FactField field) => field.Shape switch
    {
        FieldShape.Observation => "{value: unknown, evidence: \"\"}",
        FieldShape.ValueList => "[]",
        _ when field.IsIdentifier => "\"\"",
        _ => "unknown",
    };
}
