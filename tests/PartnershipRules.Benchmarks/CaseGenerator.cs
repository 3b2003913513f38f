using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using PartnershipRules.Cases;
using PartnershipRules.Documents;
using PartnershipRules.Facts;
using PartnershipRules.Facts.Schema;
using PartnershipRules.Model;

namespace PartnershipRules.Benchmarks;

/// <summary>How much of a generated case is recorded.</summary>
public enum CaseProfile
{
    /// <summary>Most facts known (about 80%), some recorded as unknown, some left out: a case worker's usual record.</summary>
    Typical,

    /// <summary>Mostly unknown or not recorded: a first-contact record.</summary>
    Sparse,
}

/// <summary>
/// Writes partnership cases as one-line JSON case documents (the case schema), deterministically from a seed. It walks
/// the library's fact schema, so every field of the fact model is exercised and a new field is picked up without
/// changes here. The same text feeds the benchmarks (parsed with <see cref="CaseFile.Parse(string, string)"/>) and the CLI's
/// <c>check --input</c> throughput run.
/// </summary>
public sealed class CaseGenerator
{
    private static readonly DateTime FirstDate = new(2022, 1, 1);
    private static readonly double[] Numbers = { 0, 1, 2, 3, 4, 5, 8, 12, 20, 30, 40, 60, 100, 1500, 25000, 150000 };

    private readonly Random _random;
    private readonly CaseProfile _profile;
    private readonly int _partners;
    private readonly int _funding;
    private readonly int _forums;
    private int _serial;

    // The ids and names of the partners written so far in the current case: what a reference may name.
    private readonly List<string> _keys = new();

    /// <summary>Creates a generator.</summary>
    /// <param name="seed">The seed: the same seed gives the same cases.</param>
    /// <param name="profile">How much is recorded.</param>
    /// <param name="partners">Partners per case; negative for a random 2 to 6.</param>
    /// <param name="funding">Funding streams per case; negative for a random 0 to 3.</param>
    /// <param name="forums">Decision forums per case; negative for a random 0 to 3.</param>
    public CaseGenerator(int seed, CaseProfile profile = CaseProfile.Typical, int partners = -1, int funding = -1, int forums = -1)
    {
#pragma warning disable CA5394 // Reproducible test data, not security: a seeded generator is the point.
        _random = new Random(seed);
#pragma warning restore CA5394
        _profile = profile;
        _partners = partners;
        _funding = funding;
        _forums = forums;
    }

    /// <summary>The next case as a one-line JSON document: <c>{"partnership": {...}}</c>.</summary>
    /// <returns>The JSON text.</returns>
    public string NextJson()
    {
        _serial++;
        _keys.Clear();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WritePropertyName("partnership");
            WriteRecord(json, FactSchema.Default.Root, isRoot: true);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The next case, parsed as the library parses a case file.</summary>
    /// <returns>The case.</returns>
    public PartnershipCase NextCase() => Parse(NextJson(), "generated-" + _serial.ToString(CultureInfo.InvariantCulture) + ".json");

    /// <summary>Generates cases.</summary>
    /// <param name="count">How many.</param>
    /// <returns>The cases.</returns>
    public IReadOnlyList<PartnershipCase> NextCases(int count)
    {
        var cases = new List<PartnershipCase>(count);
        for (var i = 0; i < count; i++)
        {
            cases.Add(NextCase());
        }

        return cases;
    }

    /// <summary>Parses a case document; generated documents always parse, so a failure is a bug here.</summary>
    /// <param name="json">The document.</param>
    /// <param name="name">Its name in messages.</param>
    /// <returns>The case.</returns>
    public static PartnershipCase Parse(string json, string name)
    {
        // Scaling goes to 1,000 partners, past the limits a case file gets by default.
        var load = CaseFile.Parse(name, json, new DocumentLimits { MaxFileBytes = 64 * 1024 * 1024, MaxNodes = 2_000_000, MaxListItems = 10_000 });
        return load.Case ?? throw new InvalidOperationException("Generated case does not load: " + string.Join("; ", load.Diagnostics));
    }

    private void WriteRecord(Utf8JsonWriter json, RecordSchema schema, bool isRoot)
    {
        json.WriteStartObject();
        foreach (var field in schema.Fields)
        {
            WriteField(json, field, isRoot, schema);
        }

        json.WriteEndObject();
    }

    private void WriteField(Utf8JsonWriter json, FactField field, bool isRoot, RecordSchema record)
    {
        switch (field.Shape)
        {
            case FieldShape.Record:
                json.WritePropertyName(field.Name);
                WriteRecord(json, field.Record!, isRoot: false);
                return;
            case FieldShape.RecordList:
                var count = ListLength(field, isRoot);
                if (count < 0)
                {
                    return;
                }

                json.WriteStartArray(field.Name);
                for (var i = 0; i < count; i++)
                {
                    WriteRecord(json, field.Record!, isRoot: false);
                }

                json.WriteEndArray();
                return;
        }

        // The assessment date anchors "how long ago" rules; a typical record has it.
        var recorded = isRoot && field.Name == "assessedOn" && _profile == CaseProfile.Typical ? 0 : Draw();
        if (recorded == 2)
        {
            return;
        }

        if (field.IsIdentifier)
        {
            var key = field.Name + "-" + _random.Next(1000).ToString(CultureInfo.InvariantCulture);
            if (record.ClrType == typeof(Partner))
            {
                _keys.Add(key);
            }

            json.WriteString(field.Name, key);
            return;
        }

        // A reference names a partner of the case (partners are written before the lists that refer to them).
        if (field.Target is not null && recorded == 0)
        {
            json.WriteString(field.Name, _keys.Count == 0 ? "unknown" : _keys[_random.Next(_keys.Count)]);
            return;
        }

        if (recorded == 1)
        {
            if (field.Shape == FieldShape.ValueList)
            {
                return;
            }

            json.WriteString(field.Name, "unknown");
            return;
        }

        switch (field.Shape)
        {
            case FieldShape.Observation:
                json.WriteStartObject(field.Name);
                json.WritePropertyName("value");
                WriteValue(json, field.ScalarType!);
                json.WriteString("evidence", "noted in case review " + _serial.ToString(CultureInfo.InvariantCulture));
                json.WriteEndObject();
                return;
            case FieldShape.ValueList:
                json.WriteStartArray(field.Name);
                var items = _random.Next(4);
                for (var i = 0; i < items; i++)
                {
                    WriteValue(json, field.ScalarType!);
                }

                json.WriteEndArray();
                return;
            default:
                json.WritePropertyName(field.Name);
                WriteValue(json, field.ScalarType!);
                return;
        }
    }

    /// <summary>0: known; 1: recorded as unknown; 2: not recorded.</summary>
    private int Draw()
    {
        var roll = _random.Next(100);
        return _profile == CaseProfile.Typical
            ? (roll < 80 ? 0 : roll < 90 ? 1 : 2)
            : (roll < 15 ? 0 : roll < 60 ? 1 : 2);
    }

    private int ListLength(FactField field, bool isRoot)
    {
        if (isRoot)
        {
            switch (field.Name)
            {
                case "partners":
                    return _partners >= 0 ? _partners : 2 + _random.Next(5);
                case "funding":
                    return _funding >= 0 ? _funding : _profile == CaseProfile.Sparse && _random.Next(2) == 0 ? -1 : _random.Next(4);
                case "forums":
                    return _forums >= 0 ? _forums : _profile == CaseProfile.Sparse && _random.Next(2) == 0 ? -1 : _random.Next(4);
            }
        }

        return Draw() == 2 ? -1 : _random.Next(4);
    }

    private void WriteValue(Utf8JsonWriter json, ScalarType type)
    {
        switch (type.Kind)
        {
            case ValueKind.Boolean:
                json.WriteBooleanValue(_random.Next(2) == 0);
                break;
            case ValueKind.Number:
                // Clamped, not redrawn: a fact's range keeps the case valid without changing the random sequence.
                var number = Numbers[_random.Next(Numbers.Length)];
                json.WriteNumberValue(type.Range is { } range ? Math.Min(Math.Max(number, range.Minimum), range.Maximum) : number);
                break;
            case ValueKind.Date:
                json.WriteStringValue(FirstDate.AddDays(_random.Next(5 * 365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case ValueKind.Enumeration:
                json.WriteStringValue(type.Names[_random.Next(type.Names.Count)]);
                break;
            default:
                json.WriteStringValue("text " + _random.Next(100).ToString(CultureInfo.InvariantCulture));
                break;
        }
    }
}
