using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartnershipRules.Documents;
using PartnershipRules.Facts;
using PartnershipRules.Facts.Schema;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;
using PartnershipRules.RuleLanguage.Conditions;
using PartnershipRules.RuleLanguage.Conditions.Syntax;

namespace PartnershipRules.Reporting.Schemas;

/// <summary>
/// Writes the JSON Schemas of rule files and rule-test files from the same model the loader uses: the rule keys of
/// the parser, the operators of the condition binder, and the fact paths and values of the <see cref="FactSchema"/>.
/// A condition is described once per kind of record (partnership, partner, funding stream...), so that inside
/// <c>some: partners</c> an editor offers the partner's facts and, for each fact, its values. The committed copies are
/// <c>rules/schemas/rules.schema.json</c> and <c>rules/schemas/rule-tests.schema.json</c>; a test keeps them current.
/// </summary>
internal static class RuleJsonSchema
{
    private const string Draft = "http://json-schema.org/draft-07/schema#";
    private static readonly string[] Quantifiers = { "some", "every", "none" };

    public static string GenerateRules()
    {
        var definitions = new JsonObject
        {
            ["rule"] = Rule(),
            ["citation"] = Citation(),
            ["ruleId"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[A-Z][A-Z0-9]*[0-9]$" },
            ["number"] = new JsonObject
            {
                ["anyOf"] = new JsonArray
                {
                    new JsonObject { ["type"] = "number" },
                    Closed(new JsonObject { [ConditionBinder.ParameterKey] = Text("The name of one of the rule's parameters.") }, ConditionBinder.ParameterKey),
                },
            },
            ["because"] = new JsonObject
            {
                ["type"] = "string",
                ["minLength"] = 1,
                ["maxLength"] = ConditionBinder.MaxBecauseLength,
                ["description"] = "A few words saying what this condition shows when it decides a finding; {because} in the message prints them.",
            },
            ["branchCriteria"] = new JsonObject
            {
                ["type"] = "array",
                ["minItems"] = 1,
                ["items"] = new JsonObject { ["type"] = "string" },
                ["description"] = "Criteria of the rule that a finding names only when this condition decided it.",
            },
            ["finding"] = Finding(),
            ["findings"] = Findings(),
            ["balance"] = Balance(),
        };

        foreach (var record in FactSchema.Default.Records.OrderBy(r => r.ClrType.Name, StringComparer.Ordinal))
        {
            definitions["condition." + record.ClrType.Name] = Condition(record);
        }

        foreach (var type in ValueTypes().OrderBy(t => Key(t), StringComparer.Ordinal))
        {
            definitions["value." + Key(type)] = Value(type);
        }

        // Every kind of condition the binder reads must be offered to editors: a new kind without a schema fails here.
        var written = definitions.ToJsonString();
        Covers(ConditionBinder.Heads.Where(h => written.Contains("\"" + h + "\":", StringComparison.Ordinal)).ToDictionary(h => h, h => h), ConditionBinder.Heads, "condition");

        var schema = new JsonObject
        {
            ["$schema"] = Draft,
            ["title"] = "PartnershipRules rule file",
            ["description"] = "A list of rules. Conditions use the closed condition language; fact paths and values come from the fact model.",
            ["type"] = "object",
            ["properties"] = new JsonObject { ["rules"] = new JsonObject { ["type"] = "array", ["items"] = Ref("rule") } },
            ["required"] = Strings("rules"),
            ["additionalProperties"] = false,
            ["definitions"] = definitions,
        };
        return Write(schema);
    }

    public static string GenerateRuleTests()
    {
        var outcomes = Strings("fired", "not_fired", "insufficient", "not_applicable");
        var test = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["name"] = Text("A name for the test, unique within the file."),
                ["description"] = Text("What the test shows."),
                ["expect"] = new JsonObject
                {
                    ["description"] = "Rule id to the outcome the rule must give on this partnership. Rules not named are not checked.",
                    ["type"] = "object",
                    ["minProperties"] = 1,
                    ["propertyNames"] = new JsonObject { ["pattern"] = "^[A-Z][A-Z0-9]*[0-9]$" },
                    ["additionalProperties"] = new JsonObject { ["enum"] = outcomes },
                },
                ["partnership"] = new JsonObject
                {
                    ["description"] = "The partnership, exactly as under 'partnership:' in a case file.",
                    ["$ref"] = "#/definitions/" + FactSchema.Default.Root.ClrType.Name,
                },
            },
            ["required"] = Strings("name", "expect", "partnership"),
            ["additionalProperties"] = false,
        };
        var schema = new JsonObject
        {
            ["$schema"] = Draft,
            ["title"] = "PartnershipRules rule tests",
            ["description"] = "Tests for rules: each pairs a partnership with the outcome some rules must give on it.",
            ["type"] = "object",
            ["properties"] = new JsonObject { ["tests"] = new JsonObject { ["type"] = "array", ["items"] = test } },
            ["required"] = Strings("tests"),
            ["additionalProperties"] = false,

            // The case-file definitions are copied in rather than referenced across files: a self-contained schema
            // works in every editor, whatever it does with relative references.
            ["definitions"] = JsonNode.Parse(CaseJsonSchema.Generate())!["definitions"]!.DeepClone(),
        };
        return Write(schema);
    }

    private static JsonObject Rule()
    {
        var root = "condition." + FactSchema.Default.Root.ClrType.Name;
        var properties = new JsonObject
        {
            ["id"] = new JsonObject { ["description"] = "Stable id, never reused once shipped, e.g. PR3002.", ["$ref"] = "#/definitions/ruleId" },
            ["title"] = Text("Short statement of the finding."),
            ["message"] = Text("The message for one partnership; {fact.path}, {matches} and {because} (the labels of the conditions that decided it) are filled in."),
            ["category"] = Enum<RuleCategory>("The part of the papers the rule comes from."),
            ["kind"] = Enum<RuleKind>("What a finding of this rule means."),
            ["severity"] = new JsonObject { ["enum"] = Strings(RuleFileParser.RuleSeverities.Select(Spelling.Of).ToArray()), ["description"] = "Default severity; hosts and configuration may change it." },
            ["enabled"] = new JsonObject { ["type"] = "boolean", ["description"] = "Whether the rule runs by default (default true)." },
            ["description"] = Text("What the rule checks and why, in plain language."),
            ["helpLink"] = Text("Link to the rule's documentation page (default: docs/ID.md beside the rules)."),
            ["tags"] = StringArray("Free tags, e.g. tett, jones, judgement, composite."),
            ["criteria"] = StringArray("Criterion keys the rule implements, e.g. PTN-BAR-002."),
            ["appliesWhen"] = new JsonObject { ["description"] = "Precondition: when false the rule is not applicable.", ["$ref"] = "#/definitions/" + root },
            ["condition"] = new JsonObject { ["description"] = "The finding is raised when this is true; unknown facts give insufficient information.", ["$ref"] = "#/definitions/" + root },
            ["advice"] = Text("What to do, from what the paper recommends."),
            ["citations"] = new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = Ref("citation") },
            ["seeAlso"] = new JsonObject { ["type"] = "array", ["items"] = Ref("ruleId"), ["description"] = "Related rules." },
            ["claim"] = new JsonObject
            {
                ["description"] = "How firmly the paper makes the rule's point: only a claim stated without hedging may be an error.",
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["strength"] = Enum<ClaimStrength>("stated, hedged, reported (from another author or a study) or library (the library's own construction)."),
                    ["words"] = Text("The words that show it, exactly as in one of the rule's quotes (in its description for library)."),
                },
                ["required"] = Strings("strength", "words"),
                ["additionalProperties"] = false,
            },
            ["parameters"] = new JsonObject
            {
                ["description"] = "Numbers the condition uses that the papers do not give; the host may override them (RULEID.name).",
                ["type"] = "object",
                ["propertyNames"] = new JsonObject { ["pattern"] = "^[a-z][A-Za-z0-9]*$" },
                ["additionalProperties"] = Closed(
                    new JsonObject
                    {
                        ["value"] = new JsonObject { ["type"] = "number" },
                        ["description"] = Text("What the number means, and that it is the library's own calibration."),
                    },
                    "value",
                    "description"),
            },
        };
        Covers(properties, RuleFileParser.RuleKeys, "rule");
        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = Strings("id", "title", "message", "category", "kind", "severity", "description", "criteria", "condition", "advice", "citations"),
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject Citation()
    {
        var properties = new JsonObject
        {
            ["source"] = Text("Bibliography key of the paper quoted: tett-2005 or jones-2000 (or another work in the bibliography)."),
            ["section"] = Text("Section heading as printed in the paper."),
            ["quote"] = new JsonObject
            {
                ["type"] = "string",
                ["description"] = $"Verbatim words of the paper, at most {RuleFileParser.MaxQuoteWords}; […] marks omitted words.",
                ["pattern"] = "^\\s*\\S+(\\s+\\S+){0," + (RuleFileParser.MaxQuoteWords - 1) + "}\\s*$",
            },
            ["cites"] = StringArray("Bibliography keys of the works the paper cites for this point."),
            ["note"] = Text("A remark, e.g. a citation irregularity kept as printed."),
        };
        Covers(properties, RuleFileParser.CitationKeys, "citation");
        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = Strings("source", "section", "quote"),
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject Finding() => Labelled(Closed(new JsonObject { ["finding"] = new JsonObject { ["description"] = "True when this rule fired.", ["$ref"] = "#/definitions/ruleId" } }, "finding"));

    private static JsonObject Findings()
    {
        var properties = new JsonObject { ["findings"] = Filter() };
        AddCountOperators(properties);
        return Labelled(Closed(properties, "findings"));
    }

    private static JsonObject Filter() => Closed(
        new JsonObject
        {
            ["kind"] = Enum<RuleKind>("Count findings of this kind."),
            ["category"] = Enum<RuleCategory>("Count findings of this category."),
            ["rules"] = new JsonObject { ["type"] = "array", ["items"] = Ref("ruleId") },
            ["tags"] = StringArray("Count findings of rules with any of these tags."),
        });

    private static JsonObject Balance()
    {
        var properties = new JsonObject
        {
            ["balance"] = Closed(new JsonObject { ["for"] = Filter(), ["against"] = Filter() }, "for", "against"),
            ["forAtLeast"] = Ref("number"),
            ["againstAtMost"] = Ref("number"),
            ["recordedAtLeast"] = Ref("number"),
        };
        var schema = Labelled(Closed(properties, "balance", "forAtLeast", "againstAtMost", "recordedAtLeast"));
        schema["description"] = "A classification decided by the signals that were recorded: enough 'for' signals fired, few enough 'against', and enough of all of them decided.";
        return schema;
    }

    private static JsonObject Condition(RecordSchema record)
    {
        var self = Ref("condition." + record.ClrType.Name);
        var options = new JsonArray
        {
            Labelled(Closed(new JsonObject { ["all"] = new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = self.DeepClone() } }, "all")),
            Labelled(Closed(new JsonObject { ["any"] = new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = self.DeepClone() } }, "any")),
            Labelled(Closed(new JsonObject { ["not"] = self.DeepClone() }, "not")),
        };

        var paths = Paths(record, string.Empty, follow: true).ToList();
        foreach (var group in paths.Where(p => p.Field.Shape is FieldShape.Value or FieldShape.Observation or FieldShape.ValueList)
                     .GroupBy(p => (p.Field.Shape == FieldShape.ValueList ? "list." : string.Empty) + Key(p.Field.ScalarType!))
                     .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            options.Add(Comparison(group.Select(p => p.Path).ToList(), group.First().Field, record == FactSchema.Default.Root));
        }

        foreach (var (path, field) in paths.Where(p => p.Field.Shape == FieldShape.RecordList))
        {
            options.Add(Lists(path, field.Record!));
        }

        options.Add(Ref("finding"));
        options.Add(Ref("findings"));
        options.Add(Ref("balance"));
        return new JsonObject { ["description"] = "A condition on a " + record.DisplayName + ".", ["anyOf"] = options };
    }

    /// <summary>Adds the branch label keys, which any kind of condition may carry beside its own (defined once, referenced here).</summary>
    private static JsonObject Labelled(JsonObject closed)
    {
        var properties = (JsonObject)closed["properties"]!;
        properties["because"] = Ref("because");
        properties["criteria"] = Ref("branchCriteria");
        return closed;
    }

    private static JsonObject Comparison(IReadOnlyList<string> paths, FactField field, bool partnershipLevel)
    {
        var type = field.ScalarType!;
        var value = Ref("value." + Key(type));
        var properties = new JsonObject { ["fact"] = new JsonObject { ["enum"] = Strings(paths.ToArray()) } };
        if (field.Shape == FieldShape.ValueList)
        {
            properties["contains"] = value;
            properties["is"] = new JsonObject { ["enum"] = Strings("known", "unknown") };
        }
        else
        {
            foreach (var op in ComparisonSyntax.Operators)
            {
                switch (op.Value)
                {
                    case ComparisonOperator.Equals or ComparisonOperator.NotEquals:
                        properties[op.Key] = value.DeepClone();
                        break;
                    case ComparisonOperator.OneOf or ComparisonOperator.NoneOf:
                        properties[op.Key] = new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = value.DeepClone() };
                        break;
                    case ComparisonOperator.LessThan or ComparisonOperator.GreaterThan or ComparisonOperator.AtLeast or ComparisonOperator.AtMost when type.IsOrdered:
                        properties[op.Key] = value.DeepClone();
                        break;
                    case ComparisonOperator.OlderThanMonths when type.Kind == ValueKind.Date:
                        properties[op.Key] = new JsonObject
                        {
                            ["description"] = partnershipLevel
                                ? "More than this many whole months before the case's assessedOn date, or before the date named by 'from'."
                                : "More than this many whole months before the date named by 'from' (required here).",
                            ["anyOf"] = new JsonArray { new JsonObject { ["type"] = "integer", ["minimum"] = 0 }, Ref("number") },
                        };
                        properties[ComparisonSyntax.FromKey] = new JsonObject
                        {
                            ["description"] = "The date olderThanMonths measures from, a date of the same record.",
                            ["enum"] = Strings(paths.ToArray()),
                        };
                        break;
                    case ComparisonOperator.IsKnown:
                        var allowed = new JsonArray { "known", "unknown" };
                        if (type.Kind == ValueKind.Boolean && field.Shape == FieldShape.Value)
                        {
                            allowed.Add(true);
                            allowed.Add(false);
                        }

                        properties[op.Key] = new JsonObject { ["enum"] = allowed };
                        break;
                }
            }
        }

        // Exactly one comparison beside the fact (labels may sit beside them too; 'from' beside olderThanMonths, which
        // the loader refuses with any other comparison).
        var comparisons = new JsonArray();
        foreach (var op in properties.Select(p => p.Key).Where(k => k != "fact" && k != ComparisonSyntax.FromKey).ToList())
        {
            comparisons.Add(new JsonObject { ["required"] = Strings(op) });
        }

        var closed = Labelled(Closed(properties, "fact"));
        closed["oneOf"] = comparisons;
        return closed;
    }

    private static JsonObject Lists(string path, RecordSchema item)
    {
        var list = new JsonObject { ["const"] = path };
        var where = Ref("condition." + item.ClrType.Name);
        var options = new JsonArray();
        foreach (var quantifier in Quantifiers)
        {
            var properties = new JsonObject { [quantifier] = list.DeepClone(), ["where"] = where.DeepClone() };
            options.Add(Labelled(Closed(properties, quantifier)));
        }

        var count = new JsonObject { ["count"] = list.DeepClone(), ["where"] = where.DeepClone() };
        AddCountOperators(count);
        options.Add(Labelled(Closed(count, "count")));

        var values = Paths(item, string.Empty).Where(p => p.Field.Shape is FieldShape.Value or FieldShape.Observation).ToList();
        var distinctOf = Paths(item, string.Empty).Where(p => p.Field.Shape is FieldShape.Value or FieldShape.Observation or FieldShape.ValueList).Select(p => p.Path).ToArray();
        var distinct = new JsonObject { ["distinct"] = list.DeepClone(), ["of"] = new JsonObject { ["enum"] = Strings(distinctOf) } };
        AddCountOperators(distinct);
        options.Add(Labelled(Closed(distinct, "distinct", "of")));

        var numbers = values.Where(v => v.Field.ScalarType!.Kind == ValueKind.Number).Select(v => v.Path).ToArray();
        if (numbers.Length > 0)
        {
            var share = new JsonObject { ["share"] = list.DeepClone(), ["of"] = new JsonObject { ["enum"] = Strings(numbers) }, ["where"] = where.DeepClone() };
            AddCountOperators(share);
            options.Add(Labelled(Closed(share, "share", "of", "where")));
        }

        return new JsonObject { ["anyOf"] = options };
    }

    private static void AddCountOperators(JsonObject properties)
    {
        foreach (var op in ConditionBinder.CountOperators.Keys)
        {
            properties[op] = Ref("number");
        }
    }

    private static JsonObject Value(ScalarType type) => type.Kind switch
    {
        ValueKind.Boolean => new JsonObject { ["type"] = "boolean" },
        ValueKind.Number => Ref("number"),
        ValueKind.Date => new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
        ValueKind.Text => new JsonObject { ["type"] = "string" },
        _ => new JsonObject { ["enum"] = Strings(type.Names.ToArray()) },
    };

    /// <summary>The facts a condition can name from a record; with <paramref name="follow"/>, also those read through a reference.</summary>
    private static IEnumerable<(string Path, FactField Field)> Paths(RecordSchema record, string prefix, bool follow = false)
    {
        foreach (var field in record.Fields)
        {
            var path = prefix + field.Name;
            if (follow && field.Target is { } target)
            {
                foreach (var through in target.Record!.Fields.Where(f => f.Shape == FieldShape.Value && !f.IsIdentifier))
                {
                    yield return (path + "." + through.Name, through);
                }
            }

            if (field.Shape == FieldShape.Record)
            {
                foreach (var nested in Paths(field.Record!, path + "."))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return (path, field);
            }
        }
    }

    private static IEnumerable<ScalarType> ValueTypes() =>
        FactSchema.Default.Records.SelectMany(r => r.Fields).Where(f => f.ScalarType is not null).Select(f => f.ScalarType!)
            .GroupBy(Key, StringComparer.Ordinal).Select(g => g.First());

    private static string Key(ScalarType type) => type.Kind == ValueKind.Enumeration ? type.ClrType.Name : Spelling.SnakeCase(type.Kind.ToString());

    /// <summary>A generated part of the schema must describe every key the parser accepts, or editors would flag valid files.</summary>
    private static void Covers(JsonObject properties, IEnumerable<string> parserKeys, string what) =>
        Covers(properties.ToDictionary(p => p.Key, p => p.Key), parserKeys, what);

    private static void Covers(IDictionary<string, string> properties, IEnumerable<string> parserKeys, string what)
    {
        var missing = parserKeys.Where(k => !properties.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"The {what} schema does not describe: {string.Join(", ", missing)}.");
        }
    }

    private static JsonObject Closed(JsonObject properties, params string[] required)
    {
        var schema = new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false };
        if (required.Length > 0)
        {
            schema["required"] = Strings(required);
        }

        return schema;
    }

    private static JsonObject Ref(string definition) => new() { ["$ref"] = "#/definitions/" + definition };

    private static JsonObject Text(string description) => new() { ["type"] = "string", ["description"] = description };

    private static JsonObject StringArray(string description) => new() { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" }, ["description"] = description };

    private static JsonObject Enum<TEnum>(string description)
        where TEnum : struct, Enum =>
        new() { ["enum"] = Strings(Spelling.All<TEnum>().ToArray()), ["description"] = description };

    private static JsonArray Strings(params string[] values)
    {
        var array = new JsonArray();
        foreach (var value in values)
        {
            array.Add(value);
        }

        return array;
    }

    private static string Write(JsonObject schema) =>
        schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            .Replace("\r\n", "\n") + "\n";
}
