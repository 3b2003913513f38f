using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PartnershipRules.Facts;
using PartnershipRules.Facts.Schema;

namespace PartnershipRules.Reporting.Schemas;

/// <summary>
/// Writes the JSON Schema of case files from the <see cref="FactSchema"/>, so editors complete field names and
/// values. The committed copy is <c>rules/schemas/case.schema.json</c>; a test keeps it current.
/// </summary>
internal static class CaseJsonSchema
{
    public static string Generate()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            var schema = FactSchema.Default;
            json.WriteStartObject();
            json.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            json.WriteString("title", "PartnershipRules case file");
            json.WriteString("description", "A partnership to assess. Any fact may be written 'unknown'; a fact left out is 'not recorded'.");
            json.WriteString("type", "object");
            json.WriteStartObject("properties");
            json.WriteStartObject("partnership");
            json.WriteString("$ref", "#/definitions/" + schema.Root.ClrType.Name);
            json.WriteEndObject();
            WriteSuppressions(json);
            json.WriteEndObject();
            json.WriteStartArray("required");
            json.WriteStringValue("partnership");
            json.WriteEndArray();
            json.WriteBoolean("additionalProperties", false);
            json.WriteStartObject("definitions");
            foreach (var record in schema.Records.OrderBy(r => r.ClrType.Name, System.StringComparer.Ordinal))
            {
                WriteRecord(json, record);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static void WriteSuppressions(Utf8JsonWriter json)
    {
        json.WriteStartObject("suppressions");
        json.WriteString("description", "Findings judged not to apply to this case, each with a justification; they stay in every report, marked suppressed.");
        json.WriteString("type", "array");
        json.WriteStartObject("items");
        json.WriteString("type", "object");
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartArray("required");
        json.WriteStringValue("rule");
        json.WriteStringValue("justification");
        json.WriteEndArray();
        json.WriteStartObject("properties");
        json.WriteStartObject("rule");
        json.WriteString("type", "string");
        json.WriteString("pattern", "^[A-Z][A-Z0-9]*[0-9]$");
        json.WriteEndObject();
        json.WriteStartObject("path");
        json.WriteString("description", "Only findings at or under this fact path, e.g. partners[0].");
        json.WriteString("type", "string");
        json.WriteEndObject();
        json.WriteStartObject("justification");
        json.WriteString("description", "Why the finding does not apply.");
        json.WriteString("type", "string");
        json.WriteString("pattern", "\\S");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRecord(Utf8JsonWriter json, RecordSchema record)
    {
        json.WriteStartObject(record.ClrType.Name);
        json.WriteString("type", "object");
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
        foreach (var field in record.Fields)
        {
            json.WriteStartObject(field.Name);
            if (field.Question.Length > 0)
            {
                json.WriteString("description", field.Question);
            }

            switch (field.Shape)
            {
                case FieldShape.Value:
                    WriteValue(json, field.ScalarType!, allowUnknown: !field.IsIdentifier);
                    break;
                case FieldShape.Observation:
                    json.WriteStartArray("anyOf");
                    json.WriteStartObject();
                    WriteValue(json, field.ScalarType!, allowUnknown: true);
                    json.WriteEndObject();
                    json.WriteStartObject();
                    json.WriteString("$ref", "#/definitions/" + nameof(Observation));
                    json.WriteEndObject();
                    json.WriteEndArray();
                    break;
                case FieldShape.Record:
                    json.WriteString("$ref", "#/definitions/" + field.Record!.ClrType.Name);
                    break;
                case FieldShape.RecordList:
                    json.WriteString("type", "array");
                    json.WriteStartObject("items");
                    json.WriteString("$ref", "#/definitions/" + field.Record!.ClrType.Name);
                    json.WriteEndObject();
                    break;
                default:
                    json.WriteString("type", "array");
                    json.WriteStartObject("items");
                    WriteValue(json, field.ScalarType!, allowUnknown: false);
                    json.WriteEndObject();
                    break;
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, ScalarType type, bool allowUnknown)
    {
        switch (type.Kind)
        {
            case ValueKind.Enumeration:
                json.WriteStartArray("enum");
                foreach (var name in type.Names)
                {
                    json.WriteStringValue(name);
                }

                if (allowUnknown)
                {
                    json.WriteStringValue("unknown");
                }

                json.WriteEndArray();
                return;
            case ValueKind.Text:
                json.WriteString("type", "string");
                return;
        }

        json.WriteStartArray("anyOf");
        json.WriteStartObject();
        switch (type.Kind)
        {
            case ValueKind.Boolean:
                json.WriteString("type", "boolean");
                break;
            case ValueKind.Number:
                json.WriteString("type", type.Range is { WholeNumber: true } ? "integer" : "number");
                if (type.Range is { } range)
                {
                    json.WriteNumber("minimum", range.Minimum);
                    if (range.Maximum < double.MaxValue)
                    {
                        json.WriteNumber("maximum", range.Maximum);
                    }
                }

                break;
            default:
                json.WriteString("type", "string");
                json.WriteString("format", "date");
                break;
        }

        json.WriteEndObject();
        if (allowUnknown)
        {
            json.WriteStartObject();
            json.WriteString("const", "unknown");
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
