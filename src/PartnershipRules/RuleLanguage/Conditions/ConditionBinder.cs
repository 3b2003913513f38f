using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Facts;
using PartnershipRules.Facts.Schema;
using PartnershipRules.Model;

namespace PartnershipRules.RuleLanguage.Conditions;

/// <summary>
/// Reads a condition written in YAML and checks it against the fact model: every path, operator and value. The
/// language is closed: the only things a condition can name are facts, values of the fact model and other rules.
/// </summary>
internal sealed class ConditionBinder
{
    private static readonly string[] Heads = { "all", "any", "not", "fact", "some", "every", "none", "count", "distinct", "share", "finding", "findings" };

    /// <summary>The partnership fact that <c>olderThanMonths</c> measures from.</summary>
    internal const string AssessmentDate = "assessedOn";

    internal static readonly Dictionary<string, ComparisonOperator> FactOperators = new(StringComparer.Ordinal)
    {
        ["equals"] = ComparisonOperator.Equals,
        ["notEquals"] = ComparisonOperator.NotEquals,
        ["oneOf"] = ComparisonOperator.OneOf,
        ["noneOf"] = ComparisonOperator.NoneOf,
        ["lessThan"] = ComparisonOperator.LessThan,
        ["greaterThan"] = ComparisonOperator.GreaterThan,
        ["atLeast"] = ComparisonOperator.AtLeast,
        ["atMost"] = ComparisonOperator.AtMost,
        ["contains"] = ComparisonOperator.Contains,
        ["is"] = ComparisonOperator.IsKnown,
        ["olderThanMonths"] = ComparisonOperator.OlderThanMonths,
    };

    internal static readonly Dictionary<string, ComparisonOperator> CountOperators = new(StringComparer.Ordinal)
    {
        ["equals"] = ComparisonOperator.Equals,
        ["notEquals"] = ComparisonOperator.NotEquals,
        ["lessThan"] = ComparisonOperator.LessThan,
        ["greaterThan"] = ComparisonOperator.GreaterThan,
        ["atLeast"] = ComparisonOperator.AtLeast,
        ["atMost"] = ComparisonOperator.AtMost,
    };

    private readonly List<Diagnostic> _diagnostics;
    private readonly IRuleDirectory _rules;
    private readonly IReadOnlyList<RuleParameter> _parameters;
    private int _errors;

    public ConditionBinder(List<Diagnostic> diagnostics, IRuleDirectory rules, IReadOnlyList<RuleParameter>? parameters = null)
    {
        _diagnostics = diagnostics;
        _rules = rules;
        _parameters = parameters ?? Array.Empty<RuleParameter>();
    }

    /// <summary>The key that names a parameter in place of a number: <c>atLeast: {parameter: minimumBarriers}</c>.</summary>
    internal const string ParameterKey = "parameter";

    /// <summary>Ids of the rules the bound conditions refer to.</summary>
    public HashSet<string> ReferencedRules { get; } = new(StringComparer.Ordinal);

    /// <summary>Binds a condition; returns <see langword="null"/> (with diagnostics) when it is wrong.</summary>
    public Condition? Bind(DocNode node, RecordSchema scope)
    {
        _nodes = 0;
        var before = _errors;
        var condition = BindNode(node, scope);
        return _errors == before ? condition : null;
    }

    /// <summary>
    /// A condition is compiled into one expression tree and evaluated for every partnership, so its size is bounded
    /// here, beyond the file's own limits: deeper or larger conditions are rejected with a diagnostic.
    /// </summary>
    internal const int MaxConditionDepth = 12;

    internal const int MaxConditionNodes = 500;

    private int _depth;
    private int _nodes;

    private Condition? BindNode(DocNode node, RecordSchema scope)
    {
        if (++_nodes > MaxConditionNodes)
        {
            return _nodes == MaxConditionNodes + 1
                ? Fail(node.Location, $"The condition has more than {MaxConditionNodes} parts; split the rule or simplify the condition.")
                : null;
        }

        if (_depth >= MaxConditionDepth)
        {
            return Fail(node.Location, $"The condition is nested more than {MaxConditionDepth} levels deep; simplify it.");
        }

        _depth++;
        try
        {
            return BindCondition(node, scope);
        }
        finally
        {
            _depth--;
        }
    }

    private Condition? BindCondition(DocNode node, RecordSchema scope)
    {
        if (node is not DocMapping mapping)
        {
            return Fail(node.Location, "A condition is a mapping, e.g. 'fact: purposeClarity' with 'equals: unclear', or 'all: [...]'.");
        }

        var heads = mapping.Entries.Where(e => Heads.Contains(e.Key.Value)).ToList();
        if (heads.Count != 1)
        {
            return Fail(
                mapping.Location,
                heads.Count == 0
                    ? "A condition needs exactly one of: " + string.Join(", ", Heads) + "." + MappingReader.Suggest(mapping.Entries.Count > 0 ? mapping.Entries[0].Key.Value : string.Empty, Heads)
                    : "A condition has exactly one of " + string.Join(", ", Heads) + "; this one has " + string.Join(" and ", heads.Select(h => h.Key.Value)) + ". Combine conditions with 'all' or 'any'.");
        }

        var head = heads[0];
        return head.Key.Value switch
        {
            "all" => BindLogical(mapping, head, LogicalOperator.All, scope),
            "any" => BindLogical(mapping, head, LogicalOperator.Any, scope),
            "not" => BindNot(mapping, head, scope),
            "fact" => BindComparison(mapping, head, scope),
            "some" => BindQuantifier(mapping, head, Quantifier.Some, scope),
            "every" => BindQuantifier(mapping, head, Quantifier.Every, scope),
            "none" => BindQuantifier(mapping, head, Quantifier.None, scope),
            "count" => BindCount(mapping, head, scope),
            "distinct" => BindDistinct(mapping, head, scope),
            "share" => BindShare(mapping, head, scope),
            "finding" => BindFinding(mapping, head),
            _ => BindFindings(mapping, head),
        };
    }

    private Condition? BindLogical(DocMapping mapping, DocEntry head, LogicalOperator op, RecordSchema scope)
    {
        if (!OnlyKeys(mapping, head.Key.Value))
        {
            return null;
        }

        if (head.Value is not DocSequence { Items.Count: > 0 } sequence)
        {
            return Fail(head.Value.Location, $"'{head.Key.Value}' takes a non-empty list of conditions.");
        }

        var operands = new List<Condition>();
        var ok = true;
        foreach (var item in sequence.Items)
        {
            var bound = BindNode(item, scope);
            ok &= bound is not null;
            if (bound is not null)
            {
                operands.Add(bound);
            }
        }

        return ok ? new LogicalCondition(head.Key.Location, op, operands) : null;
    }

    private Condition? BindNot(DocMapping mapping, DocEntry head, RecordSchema scope)
    {
        if (!OnlyKeys(mapping, "not"))
        {
            return null;
        }

        var operand = BindNode(head.Value, scope);
        return operand is null ? null : new NotCondition(head.Key.Location, operand);
    }

    private Condition? BindComparison(DocMapping mapping, DocEntry head, RecordSchema scope)
    {
        var allowed = new List<string> { "fact" };
        allowed.AddRange(FactOperators.Keys);
        if (!OnlyKeys(mapping, allowed.ToArray()))
        {
            return null;
        }

        var access = ResolvePath(head.Value, scope);
        if (access is null)
        {
            return null;
        }

        var operators = mapping.Entries.Where(e => FactOperators.ContainsKey(e.Key.Value)).ToList();
        if (operators.Count != 1)
        {
            return Fail(mapping.Location, $"A comparison of '{access.Path}' needs exactly one of: {string.Join(", ", FactOperators.Keys)}.");
        }

        var opEntry = operators[0];
        var op = FactOperators[opEntry.Key.Value];
        var field = access.Field;
        if (field.Shape is FieldShape.Record or FieldShape.RecordList)
        {
            return Mismatch(head.Value.Location, $"'{access.Path}' is {field.Describe()}; compare one of its facts, or use some/every/none/count for lists.");
        }

        if (op == ComparisonOperator.IsKnown)
        {
            return BindIs(opEntry, access);
        }

        if (op == ComparisonOperator.OlderThanMonths)
        {
            return BindOlderThan(opEntry, access, scope);
        }

        if (op == ComparisonOperator.Contains)
        {
            if (field.Shape != FieldShape.ValueList)
            {
                return Mismatch(opEntry.Key.Location, $"'contains' applies to lists of values; '{access.Path}' is {field.Describe()}. Use 'equals' or 'oneOf'.");
            }

            var item = ParseValue(opEntry.Value, field.ScalarType!, access.Path);
            return item is null ? null : new ComparisonCondition(opEntry.Key.Location, access, op, new[] { item });
        }

        if (field.Shape == FieldShape.ValueList)
        {
            return Mismatch(opEntry.Key.Location, $"'{access.Path}' is {field.Describe()}; use 'contains' or 'is'.");
        }

        var type = field.ScalarType!;
        if (op is ComparisonOperator.LessThan or ComparisonOperator.GreaterThan or ComparisonOperator.AtLeast or ComparisonOperator.AtMost && !type.IsOrdered)
        {
            return Mismatch(opEntry.Key.Location, $"'{opEntry.Key.Value}' needs an ordered fact (a number, a date or a scale); '{access.Path}' is {type.Description}. Use 'equals' or 'oneOf'.");
        }

        if (op is ComparisonOperator.OneOf or ComparisonOperator.NoneOf)
        {
            if (opEntry.Value is not DocSequence { Items.Count: > 0 } list)
            {
                return Fail(opEntry.Value.Location, $"'{opEntry.Key.Value}' takes a non-empty list of values.");
            }

            var values = new List<object>();
            foreach (var element in list.Items)
            {
                var parsed = ParseValue(element, type, access.Path);
                if (parsed is null)
                {
                    return null;
                }

                values.Add(parsed);
            }

            return new ComparisonCondition(opEntry.Key.Location, access, op, values);
        }

        var value = ParseValue(opEntry.Value, type, access.Path);
        return value is null ? null : new ComparisonCondition(opEntry.Key.Location, access, op, new[] { value });
    }

    /// <summary>
    /// "How long ago" is measured from the case's own assessment date, never the clock: rule files cannot reach the
    /// clock, and a case evaluated twice gives the same answer.
    /// </summary>
    private Condition? BindOlderThan(DocEntry entry, FactAccess access, RecordSchema scope)
    {
        if (access.Field.Shape != FieldShape.Value || access.Field.ScalarType!.Kind != ValueKind.Date)
        {
            return Mismatch(entry.Key.Location, $"'olderThanMonths' applies to dates; '{access.Path}' is {access.Field.Describe()}.");
        }

        var reference = scope.Find(AssessmentDate);
        if (scope != FactSchema.Default.Root || reference is null)
        {
            return Mismatch(entry.Key.Location, $"'olderThanMonths' measures from the partnership's '{AssessmentDate}' and can be used only on dates of the partnership itself, not inside some/every/none.");
        }

        int months;
        if (entry.Value is DocMapping)
        {
            if (Parameter(entry.Value) is not { } value)
            {
                return null;
            }

            if (value < 0 || value > 1200 || value != Math.Floor(value))
            {
                return Fail(entry.Value.Location, $"'olderThanMonths' takes a whole number of months; the parameter's value is {value.ToString(CultureInfo.InvariantCulture)}.");
            }

            months = (int)value;
        }
        else if (entry.Value is not DocScalar { IsPlain: true } scalar || !int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out months) || months > 1200)
        {
            return Fail(entry.Value.Location, "'olderThanMonths' takes a whole number of months, e.g. 24, or {parameter: NAME}.");
        }

        return new ComparisonCondition(entry.Key.Location, access, ComparisonOperator.OlderThanMonths, new object[] { months }, new FactAccess(scope, new[] { reference }));
    }

    private Condition? BindIs(DocEntry entry, FactAccess access)
    {
        var text = (entry.Value as DocScalar)?.Value;
        switch (text)
        {
            case "known":
                return new ComparisonCondition(entry.Key.Location, access, ComparisonOperator.IsKnown, Array.Empty<object>());
            case "unknown":
                return new ComparisonCondition(entry.Key.Location, access, ComparisonOperator.IsUnknown, Array.Empty<object>());
            case "true" or "false" when access.Field.Shape == FieldShape.Value && access.Field.ScalarType!.Kind == ValueKind.Boolean:
                return new ComparisonCondition(entry.Key.Location, access, ComparisonOperator.Equals, new object[] { text == "true" });
            default:
                return Mismatch(entry.Value.Location, $"'is' takes known or unknown (and true or false for true/false facts); '{access.Path}' is {access.Field.Describe()}.");
        }
    }

    private Condition? BindQuantifier(DocMapping mapping, DocEntry head, Quantifier quantifier, RecordSchema scope)
    {
        if (!OnlyKeys(mapping, head.Key.Value, "where"))
        {
            return null;
        }

        var collection = ResolveCollection(head, scope);
        if (collection is null)
        {
            return null;
        }

        var whereNode = mapping.Find("where")?.Value;
        if (whereNode is null && quantifier == Quantifier.Every)
        {
            return Fail(mapping.Location, $"'every: {collection.Path}' needs a 'where' condition.");
        }

        var where = whereNode is null ? null : BindNode(whereNode, collection.Field.Record!);
        return whereNode is not null && where is null ? null : new QuantifiedCondition(head.Key.Location, quantifier, collection, where);
    }

    private Condition? BindCount(DocMapping mapping, DocEntry head, RecordSchema scope)
    {
        var allowed = new List<string> { "count", "where" };
        allowed.AddRange(CountOperators.Keys);
        if (!OnlyKeys(mapping, allowed.ToArray()))
        {
            return null;
        }

        var collection = ResolveCollection(head, scope);
        var bound = CountBound(mapping, "count");
        if (collection is null || bound is null)
        {
            return null;
        }

        var whereNode = mapping.Find("where")?.Value;
        var where = whereNode is null ? null : BindNode(whereNode, collection.Field.Record!);
        return whereNode is not null && where is null ? null : new CountCondition(head.Key.Location, collection, where, bound.Value.Op, bound.Value.Bound);
    }

    private Condition? BindDistinct(DocMapping mapping, DocEntry head, RecordSchema scope)
    {
        var allowed = new List<string> { "distinct", "of" };
        allowed.AddRange(CountOperators.Keys);
        if (!OnlyKeys(mapping, allowed.ToArray()))
        {
            return null;
        }

        var collection = ResolveCollection(head, scope);
        var of = collection is null ? null : ResolveOf(mapping, collection, numericOnly: false);
        var bound = CountBound(mapping, "distinct");
        return collection is null || of is null || bound is null ? null : new DistinctCondition(head.Key.Location, collection, of, bound.Value.Op, bound.Value.Bound);
    }

    private Condition? BindShare(DocMapping mapping, DocEntry head, RecordSchema scope)
    {
        var allowed = new List<string> { "share", "of", "where" };
        allowed.AddRange(CountOperators.Keys);
        if (!OnlyKeys(mapping, allowed.ToArray()))
        {
            return null;
        }

        var collection = ResolveCollection(head, scope);
        var of = collection is null ? null : ResolveOf(mapping, collection, numericOnly: true);
        var bound = CountBound(mapping, "share");
        var whereNode = mapping.Find("where")?.Value;
        if (whereNode is null)
        {
            return Fail(mapping.Location, "'share' needs a 'where' condition: the items whose share is measured.");
        }

        var where = collection is null ? null : BindNode(whereNode, collection.Field.Record!);
        if (bound is { } b && (b.Bound < 0 || b.Bound > 1))
        {
            return Fail(mapping.Location, "A share is a fraction between 0 and 1 (0.5 is half).");
        }

        return collection is null || of is null || bound is null || where is null
            ? null
            : new ShareCondition(head.Key.Location, collection, of, where, bound.Value.Op, bound.Value.Bound);
    }

    private Condition? BindFinding(DocMapping mapping, DocEntry head)
    {
        if (!OnlyKeys(mapping, "finding"))
        {
            return null;
        }

        if (head.Value is not DocScalar { IsNull: false } scalar)
        {
            return Fail(head.Value.Location, "'finding' takes the id of another rule, e.g. 'finding: PR3001'.");
        }

        if (!_rules.Exists(scalar.Value))
        {
            _errors++;
            _diagnostics.Add(DiagnosticDescriptors.UnknownRuleReference.Create(scalar.Location, scalar.Value, MappingReader.Suggest(scalar.Value, _rules.Ids)));
            return null;
        }

        ReferencedRules.Add(scalar.Value);
        return new FindingCondition(head.Key.Location, scalar.Value);
    }

    private Condition? BindFindings(DocMapping mapping, DocEntry head)
    {
        var allowed = new List<string> { "findings" };
        allowed.AddRange(CountOperators.Keys);
        if (!OnlyKeys(mapping, allowed.ToArray()))
        {
            return null;
        }

        if (head.Value is not DocMapping filter)
        {
            return Fail(head.Value.Location, "'findings' takes a filter: any of kind, category, rules, tags.");
        }

        var reader = new MappingReader(filter, "a findings filter", new[] { "kind", "category", "rules", "tags" }, _diagnostics);
        var kind = reader.Enum<RuleKind>("kind", required: false);
        var category = reader.Enum<RuleCategory>("category", required: false);
        var ids = reader.StringList("rules");
        var tags = reader.StringList("tags");
        var bound = CountBound(mapping, "findings");
        if (reader.HasErrors || bound is null)
        {
            _errors++;
            return null;
        }

        foreach (var id in ids.Where(i => !_rules.Exists(i.Value)))
        {
            _errors++;
            _diagnostics.Add(DiagnosticDescriptors.UnknownRuleReference.Create(id.Location, id.Value, MappingReader.Suggest(id.Value, _rules.Ids)));
        }

        var matching = _rules.Select(kind, category, ids.Select(i => i.Value).ToList(), tags.Select(t => t.Value).ToList());
        foreach (var id in matching)
        {
            ReferencedRules.Add(id);
        }

        var text = string.Join(", ", new[]
        {
            kind is null ? null : "kind " + Spelling.SnakeCase(kind.Value.ToString()),
            category is null ? null : "category " + Spelling.SnakeCase(category.Value.ToString()),
            ids.Count == 0 ? null : "rules " + string.Join("/", ids.Select(i => i.Value)),
            tags.Count == 0 ? null : "tags " + string.Join("/", tags.Select(t => t.Value)),
        }.Where(s => s is not null));
        return new FindingCountCondition(head.Key.Location, text.Length == 0 ? "any rule" : text, matching, bound.Value.Op, bound.Value.Bound);
    }

    private (ComparisonOperator Op, double Bound)? CountBound(DocMapping mapping, string what)
    {
        var operators = mapping.Entries.Where(e => CountOperators.ContainsKey(e.Key.Value)).ToList();
        if (operators.Count != 1)
        {
            Fail(mapping.Location, $"'{what}' needs exactly one comparison: {string.Join(", ", CountOperators.Keys)}.");
            return null;
        }

        var entry = operators[0];
        if (entry.Value is DocScalar { IsPlain: true } scalar && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !double.IsNaN(number) && !double.IsInfinity(number))
        {
            return (CountOperators[entry.Key.Value], number);
        }

        if (entry.Value is DocMapping)
        {
            return Parameter(entry.Value) is { } value ? (CountOperators[entry.Key.Value], value) : null;
        }

        Fail(entry.Value.Location, $"'{entry.Key.Value}' takes a number here.");
        return null;
    }

    private FactAccess? ResolveCollection(DocEntry head, RecordSchema scope)
    {
        var access = ResolvePath(head.Value, scope);
        if (access is null)
        {
            return null;
        }

        if (access.Field.Shape != FieldShape.RecordList)
        {
            Mismatch(head.Value.Location, $"'{head.Key.Value}' goes over a list of records; '{access.Path}' is {access.Field.Describe()}.");
            return null;
        }

        return access;
    }

    private FactAccess? ResolveOf(DocMapping mapping, FactAccess collection, bool numericOnly)
    {
        var node = mapping.Find("of")?.Value;
        if (node is null)
        {
            Fail(mapping.Location, $"This condition needs 'of': the fact of each {collection.Field.Record!.DisplayName} to use.");
            return null;
        }

        var of = ResolvePath(node, collection.Field.Record!);
        if (of is null)
        {
            return null;
        }

        var shapes = numericOnly ? of.Field.Shape is FieldShape.Value or FieldShape.Observation : of.Field.Shape is FieldShape.Value or FieldShape.Observation or FieldShape.ValueList;
        if (!shapes || (numericOnly && of.Field.ScalarType!.Kind != ValueKind.Number))
        {
            Mismatch(node.Location, $"'of: {of.Path}' must name {(numericOnly ? "a number" : "a value or a list of values")} of each {collection.Field.Record!.DisplayName}; it is {of.Field.Describe()}.");
            return null;
        }

        return of;
    }

    /// <summary>Resolves a fact path a C# rule declares it reads, reporting an unknown one at the rule's location.</summary>
    public FactAccess? ResolveRead(string path, SourceLocation location, RecordSchema scope) =>
        ResolvePath(new DocScalar(location, path ?? string.Empty, isPlain: true), scope);

    private FactAccess? ResolvePath(DocNode node, RecordSchema scope)
    {
        if (node is not DocScalar { IsNull: false } scalar || scalar.Value.Length == 0)
        {
            Fail(node.Location, "A fact path is a name such as 'purposeClarity' or 'resources.money'.");
            return null;
        }

        var steps = new List<FactField>();
        var record = scope;
        var names = scalar.Value.Split('.');
        for (var i = 0; i < names.Length; i++)
        {
            var field = record.Find(names[i]);
            if (field is null)
            {
                _errors++;
                var prefix = string.Join(".", names.Take(i));
                var where = i == 0 ? "a " + scope.DisplayName : "'" + prefix + "'";
                _diagnostics.Add(DiagnosticDescriptors.UnknownFactPath.Create(
                    scalar.Location,
                    scalar.Value,
                    where,
                    MappingReader.Suggest(names[i], record.Fields.Select(f => f.Name)),
                    string.Join(", ", record.Fields.Select(f => f.Name))));
                return null;
            }

            steps.Add(field);
            if (i < names.Length - 1)
            {
                if (field.Shape != FieldShape.Record)
                {
                    Mismatch(scalar.Location, $"'{field.Name}' is {field.Describe()}; only records have facts below them ('{scalar.Value}').");
                    return null;
                }

                record = field.Record!;
            }
        }

        return new FactAccess(scope, steps);
    }

    private object? ParseValue(DocNode node, ScalarType type, string path)
    {
        if (node is DocMapping && type.Kind == ValueKind.Number)
        {
            return Parameter(node);
        }

        if (node is DocScalar { IsNull: false } scalar && type.TryParse(scalar.Value, scalar.IsPlain, out var value))
        {
            return value;
        }

        _errors++;
        if (type.Kind == ValueKind.Enumeration && node is DocScalar text)
        {
            _diagnostics.Add(DiagnosticDescriptors.UnknownEnumValue.Create(node.Location, text.Value, path, MappingReader.Suggest(text.Value, type.Names), string.Join(", ", type.Names)));
        }
        else
        {
            _diagnostics.Add(DiagnosticDescriptors.OperatorMismatch.Create(node.Location, $"'{path}' is compared with {type.Description}; this value is not one."));
        }

        return null;
    }

    /// <summary>Resolves <c>{parameter: NAME}</c> to the value in effect for the rule being bound.</summary>
    private double? Parameter(DocNode node)
    {
        if (node is not DocMapping { Entries.Count: 1 } mapping || mapping.Entries[0].Key.Value != ParameterKey || mapping.Entries[0].Value is not DocScalar { IsNull: false } name)
        {
            Fail(node.Location, "A number here is written as a number, or as {parameter: NAME} naming one of the rule's parameters.");
            return null;
        }

        var parameter = _parameters.FirstOrDefault(p => p.Name == name.Value);
        if (parameter is null)
        {
            _errors++;
            var declared = _parameters.Select(p => p.Name).ToList();
            _diagnostics.Add(DiagnosticDescriptors.UnknownParameter.Create(
                name.Location,
                $"'{name.Value}' is not a parameter of this rule.{MappingReader.Suggest(name.Value, declared)} Declare it under 'parameters:' with a value and a description" + (declared.Count == 0 ? "." : "; declared: " + string.Join(", ", declared) + ".")));
            return null;
        }

        return parameter.Value;
    }

    private bool OnlyKeys(DocMapping mapping, params string[] allowed)
    {
        var ok = true;
        foreach (var entry in mapping.Entries.Where(e => !allowed.Contains(e.Key.Value)))
        {
            _errors++;
            ok = false;
            _diagnostics.Add(DiagnosticDescriptors.UnknownKey.Create(entry.Key.Location, entry.Key.Value, "this condition", MappingReader.Suggest(entry.Key.Value, allowed), string.Join(", ", allowed)));
        }

        return ok;
    }

    private Condition? Fail(SourceLocation location, string message)
    {
        _errors++;
        _diagnostics.Add(DiagnosticDescriptors.InvalidCondition.Create(location, message));
        return null;
    }

    private Condition? Mismatch(SourceLocation location, string message)
    {
        _errors++;
        _diagnostics.Add(DiagnosticDescriptors.OperatorMismatch.Create(location, message));
        return null;
    }
}

/// <summary>What a condition may know about the other rules of the rule set.</summary>
internal interface IRuleDirectory
{
    IEnumerable<string> Ids { get; }

    bool Exists(string id);

    IReadOnlyList<string> Select(RuleKind? kind, RuleCategory? category, IReadOnlyList<string> ids, IReadOnlyList<string> tags);
}
