using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Facts.Schema;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage.Conditions.Syntax;

namespace PartnershipRules.RuleLanguage.Conditions;

/// <summary>
/// Reads a condition written in YAML and checks it against the fact model: every path, operator and value. The
/// language is closed: the only things a condition can name are facts, values of the fact model, the rule's own
/// parameters and other rules. Each kind of condition has its own <see cref="ConditionSyntax"/>; this class finds the
/// kind by its head key, bounds the size of the whole condition, and holds what the kinds share (paths, values,
/// numbers, diagnostics).
/// </summary>
internal sealed class ConditionBinder
{
    /// <summary>The partnership fact that <c>olderThanMonths</c> measures from.</summary>
    internal const string AssessmentDate = "assessedOn";

    /// <summary>The key that names a parameter in place of a number: <c>atLeast: {parameter: minimumBarriers}</c>.</summary>
    internal const string ParameterKey = "parameter";

    /// <summary>The keys of a branch label, allowed beside the keys of any kind of condition (see <see cref="BranchLabel"/>).</summary>
    internal static readonly IReadOnlyList<string> LabelKeys = new[] { "because", "criteria" };

    /// <summary>A label is a few words printed inside a sentence, not a sentence of its own.</summary>
    internal const int MaxBecauseLength = 100;

    /// <summary>
    /// A condition is compiled into one expression tree and evaluated for every partnership, so its size is bounded
    /// here, beyond the file's own limits: deeper or larger conditions are refused with a diagnostic.
    /// </summary>
    internal const int MaxConditionDepth = 12;

    internal const int MaxConditionNodes = 500;

    /// <summary>
    /// The comparisons of a count, distinct count, share or findings count: those of a fact comparison that order or
    /// equate numbers. Declared before <see cref="Syntaxes"/>, whose kinds read it.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, ComparisonOperator> CountOperators = ComparisonSyntax.Operators
        .Where(p => p.Value is ComparisonOperator.Equals or ComparisonOperator.NotEquals or ComparisonOperator.LessThan or ComparisonOperator.GreaterThan or ComparisonOperator.AtLeast or ComparisonOperator.AtMost)
        .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>Every kind of condition, each with the head keys it claims.</summary>
    internal static readonly IReadOnlyList<ConditionSyntax> Syntaxes = new ConditionSyntax[]
    {
        new LogicalSyntax(), new NotSyntax(), new ComparisonSyntax(), new QuantifierSyntax(), new CountSyntax(),
        new DistinctSyntax(), new ShareSyntax(), new FindingSyntax(), new FindingsSyntax(), new BalanceSyntax(),
    };

    /// <summary>The head keys of the language, one per condition: all, any, not, fact, some, every, none, count...</summary>
    internal static readonly IReadOnlyList<string> Heads = Syntaxes.SelectMany(s => s.Heads).ToArray();

    private static readonly Dictionary<string, ConditionSyntax> ByHead = Syntaxes.SelectMany(s => s.Heads.Select(h => (h, s))).ToDictionary(p => p.h, p => p.s, StringComparer.Ordinal);

    private readonly DiagnosticBag _diagnostics;
    private readonly IReadOnlyList<RuleParameter> _parameters;
    private readonly IReadOnlyCollection<string> _criteria;
    private int _errors;
    private int _depth;
    private int _nodes;

    /// <param name="diagnostics">Where mistakes are reported.</param>
    /// <param name="rules">The other rules of the rule set.</param>
    /// <param name="parameters">The rule's parameters.</param>
    /// <param name="criteria">The rule's criteria, which a branch label's <c>criteria</c> must be among.</param>
    public ConditionBinder(DiagnosticBag diagnostics, IKnownRules rules, IReadOnlyList<RuleParameter>? parameters = null, IReadOnlyCollection<string>? criteria = null)
    {
        _diagnostics = diagnostics;
        Rules = rules;
        _parameters = parameters ?? Array.Empty<RuleParameter>();
        _criteria = criteria ?? Array.Empty<string>();
    }

    /// <summary>The other rules of the rule set, for <c>finding</c> and <c>findings</c>.</summary>
    public IKnownRules Rules { get; }

    /// <summary>Where the diagnostics go (a kind that reads a nested mapping with its own reader reports there too).</summary>
    public DiagnosticBag Diagnostics => _diagnostics;

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

    /// <summary>Binds a condition inside another one (an operand, a <c>where</c>), counting it against the bounds.</summary>
    public Condition? BindNode(DocNode node, RecordSchema scope)
    {
        if (++_nodes > MaxConditionNodes)
        {
            // Said once, at the part that went over.
            return _nodes == MaxConditionNodes + 1 ? Fail(DiagnosticDescriptors.ConditionTooLarge, node.Location, MaxConditionNodes) : null;
        }

        if (_depth >= MaxConditionDepth)
        {
            return Fail(DiagnosticDescriptors.ConditionTooDeep, node.Location, MaxConditionDepth);
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

    /// <summary>Resolves a fact path a C# rule declares it reads, reporting an unknown one at the rule's location.</summary>
    public FactAccess? ResolveRead(string path, SourceLocation location, RecordSchema scope) =>
        ResolvePath(new DocScalar(location, path ?? string.Empty, isPlain: true), scope, "reads");

    /// <summary>
    /// Resolves a path of facts from the scope, e.g. <c>resources.money</c>; the key is what wrote it (<c>fact</c>,
    /// <c>of</c>...). Where <paramref name="follow"/> is set (a fact comparison), the path may go through a reference to
    /// one fact of the record it names: <c>controlledBy.sector</c>.
    /// </summary>
    public FactAccess? ResolvePath(DocNode node, RecordSchema scope, string key, bool follow = false)
    {
        if (node is not DocScalar { IsNull: false } scalar || scalar.Value.Length == 0)
        {
            Fail(DiagnosticDescriptors.WrongType, node.Location, key, "a fact path such as 'purposeClarity' or 'resources.money'");
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
                var where = i == 0 ? "a " + scope.DisplayName : "'" + string.Join(".", names.Take(i)) + "'";
                Fail(
                    DiagnosticDescriptors.UnknownFactPath,
                    scalar.Location,
                    scalar.Value,
                    where,
                    Spelling.DidYouMean(names[i], record.Fields.Select(f => f.Name)),
                    string.Join(", ", record.Fields.Select(f => f.Name)));
                return null;
            }

            steps.Add(field);
            if (i < names.Length - 1 && field.Target is { } target)
            {
                // One step through a reference, to a single fact: what the compiled join reads and the case loader checks.
                if (!follow || i != names.Length - 2)
                {
                    Mismatch(scalar.Location, scalar.Value, field.Name, "a reference to a " + target.Record!.DisplayName, "A fact comparison can follow it to one fact of that " + target.Record.DisplayName + ", e.g. '" + field.Name + ".sector'; nothing else can.");
                    return null;
                }

                record = target.Record!;
                continue;
            }

            if (i < names.Length - 1)
            {
                if (field.Shape != FieldShape.Record)
                {
                    Mismatch(scalar.Location, scalar.Value, field.Name, field.Describe(), "Only records have facts below them.");
                    return null;
                }

                record = field.Record!;
            }
        }

        var access = new FactAccess(scope, steps);
        if (access.Beyond is { } beyond && (beyond.Field.Shape != FieldShape.Value || beyond.Field.IsIdentifier))
        {
            Mismatch(scalar.Location, scalar.Value, beyond.Field.Name, beyond.Field.Describe(), "Through a reference a comparison reads one recorded fact of the record named, not a list, an observation, a name or an id.");
            return null;
        }

        return access;
    }

    /// <summary>Resolves the list a quantifier, count, distinct count or share goes over.</summary>
    public FactAccess? ResolveCollection(DocEntry head, RecordSchema scope)
    {
        var access = ResolvePath(head.Value, scope, head.Key.Value);
        if (access is null)
        {
            return null;
        }

        if (access.Field.Shape != FieldShape.RecordList)
        {
            Mismatch(head.Value.Location, head.Key.Value, access.Path, access.Field.Describe(), "It goes over a list of records.");
            return null;
        }

        return access;
    }

    /// <summary>Resolves <c>of</c>: the fact of each item a distinct count or a share reads.</summary>
    public FactAccess? ResolveOf(DocMapping mapping, DocEntry head, FactAccess collection, bool numericOnly)
    {
        var node = mapping.Find("of")?.Value;
        var item = collection.Field.Record!;
        if (node is null)
        {
            Fail(DiagnosticDescriptors.MissingKey, mapping.Location, "'" + head.Key.Value + ": " + collection.Path + "'", "of");
            return null;
        }

        var of = ResolvePath(node, item, "of");
        if (of is null)
        {
            return null;
        }

        var shapes = numericOnly ? of.Field.Shape is FieldShape.Value or FieldShape.Observation : of.Field.Shape is FieldShape.Value or FieldShape.Observation or FieldShape.ValueList;
        if (!shapes || (numericOnly && of.Field.ScalarType!.Kind != ValueKind.Number))
        {
            Mismatch(node.Location, "of", of.Path, of.Field.Describe(), $"It must name {(numericOnly ? "a number" : "a value or a list of values")} of each {item.DisplayName}.");
            return null;
        }

        return of;
    }

    /// <summary>Parses a value compared with a fact of the given type; a number may be <c>{parameter: NAME}</c>.</summary>
    public object? ParseValue(DocNode node, ScalarType type, string path, string key)
    {
        if (node is DocMapping && type.Kind == ValueKind.Number)
        {
            return Parameter(node, key);
        }

        if (node is DocScalar { IsNull: false } scalar && type.TryParse(scalar.Value, scalar.IsPlain, out var value))
        {
            return value;
        }

        if (type.Kind == ValueKind.Enumeration && node is DocScalar text)
        {
            Fail(DiagnosticDescriptors.UnknownEnumValue, node.Location, text.Value, path, Spelling.DidYouMean(text.Value, type.Names), string.Join(", ", type.Names));
        }
        else
        {
            Fail(DiagnosticDescriptors.InvalidValue, node.Location, (node as DocScalar)?.Value ?? node.KindName, "value for '" + path + "'", "It is compared with " + type.Description + ".");
        }

        return null;
    }

    /// <summary>The one comparison of a count, distinct count, share or findings count, and its bound.</summary>
    public (ComparisonOperator Op, double Bound)? CountBound(DocMapping mapping, string what)
    {
        var operators = mapping.Entries.Where(e => CountOperators.ContainsKey(e.Key.Value)).ToList();
        if (operators.Count != 1)
        {
            Fail(DiagnosticDescriptors.OneComparisonExpected, mapping.Location, "'" + what + "'", string.Join(", ", CountOperators.Keys));
            return null;
        }

        var entry = operators[0];
        return Number(entry) is { } bound ? (CountOperators[entry.Key.Value], bound) : null;
    }

    /// <summary>A number written under a key: plain, or <c>{parameter: NAME}</c>.</summary>
    public double? Number(DocEntry entry)
    {
        if (entry.Value is DocScalar { IsPlain: true } scalar && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !double.IsNaN(number) && !double.IsInfinity(number))
        {
            return number;
        }

        if (entry.Value is DocMapping)
        {
            return Parameter(entry.Value, entry.Key.Value);
        }

        Fail(DiagnosticDescriptors.InvalidNumber, entry.Value.Location, entry.Key.Value, "a number, or {parameter: NAME} naming one of the rule's parameters", string.Empty);
        return null;
    }

    /// <summary>Resolves <c>{parameter: NAME}</c> to the value in effect for the rule being bound.</summary>
    public double? Parameter(DocNode node, string key)
    {
        if (node is not DocMapping { Entries.Count: 1 } mapping || mapping.Entries[0].Key.Value != ParameterKey || mapping.Entries[0].Value is not DocScalar { IsNull: false } name)
        {
            Fail(DiagnosticDescriptors.InvalidNumber, node.Location, key, "a number, or {parameter: NAME} naming one of the rule's parameters", string.Empty);
            return null;
        }

        var parameter = _parameters.FirstOrDefault(p => p.Name == name.Value);
        if (parameter is null)
        {
            var declared = _parameters.Select(p => p.Name).ToList();
            Fail(
                DiagnosticDescriptors.UnknownParameter,
                name.Location,
                name.Value,
                "of this rule",
                Spelling.DidYouMean(name.Value, declared) + " Declare it under 'parameters:' with a value and a description" + (declared.Count == 0 ? "." : "; declared: " + string.Join(", ", declared) + "."));
            return null;
        }

        return parameter.Value;
    }

    /// <summary>Reports every key of the mapping that is not allowed; false when there was one.</summary>
    public bool OnlyKeys(DocMapping mapping, IReadOnlyCollection<string> allowed)
    {
        var ok = true;
        foreach (var entry in mapping.Entries.Where(e => !allowed.Contains(e.Key.Value)))
        {
            ok = false;
            Fail(DiagnosticDescriptors.UnknownKey, entry.Key.Location, entry.Key.Value, "this condition", Spelling.DidYouMean(entry.Key.Value, allowed), string.Join(", ", allowed));
        }

        return ok;
    }

    /// <summary>Reports an error and returns no condition.</summary>
    public Condition? Fail(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] arguments)
    {
        _errors++;
        _diagnostics.Add(Diagnostic.Create(descriptor, location, arguments));
        return null;
    }

    /// <summary>PRL008: what was written cannot be used on that fact; says what the fact is and what to do instead.</summary>
    public Condition? Mismatch(SourceLocation location, string written, string path, string whatItIs, string advice) =>
        Fail(DiagnosticDescriptors.OperatorMismatch, location, written, path, whatItIs, advice);

    /// <summary>Counts a failure a nested reader has already reported, so the condition is not bound.</summary>
    public void CountFailure() => _errors++;

    /// <summary>Records that the rule reads another rule's outcome.</summary>
    public void References(string ruleId) => ReferencedRules.Add(ruleId);

    /// <summary>Reports a reference to a rule that is not loaded, when there is one.</summary>
    public bool CheckRuleExists(DocScalar id)
    {
        if (Rules.Exists(id.Value))
        {
            return true;
        }

        Fail(DiagnosticDescriptors.UnknownRuleReference, id.Location, id.Value, Spelling.DidYouMean(id.Value, Rules.Ids));
        return false;
    }

    private Condition? BindCondition(DocNode node, RecordSchema scope)
    {
        if (node is not DocMapping mapping)
        {
            return Fail(DiagnosticDescriptors.NotACondition, node.Location, string.Join(", ", Heads), "this is " + node.KindName + ". For example: 'fact: purposeClarity' with 'equals: unclear', or 'all: [...]'.");
        }

        var heads = mapping.Entries.Where(e => ByHead.ContainsKey(e.Key.Value)).ToList();
        if (heads.Count == 0)
        {
            var first = mapping.Entries.Count > 0 ? mapping.Entries[0].Key.Value : string.Empty;
            return Fail(DiagnosticDescriptors.NotACondition, mapping.Location, string.Join(", ", Heads), "this one has none." + Spelling.DidYouMean(first, Heads));
        }

        if (heads.Count > 1)
        {
            return Fail(DiagnosticDescriptors.NotACondition, mapping.Location, string.Join(", ", Heads), "this one has " + string.Join(" and ", heads.Select(h => h.Key.Value)) + ". Combine conditions with 'all' or 'any'.");
        }

        var head = heads[0];
        var syntax = ByHead[head.Key.Value];
        if (!OnlyKeys(mapping, syntax.Keys(head.Key.Value).Concat(LabelKeys).ToList()))
        {
            return null;
        }

        var label = BindLabel(mapping);
        var condition = syntax.Bind(mapping, head, scope, this);
        if (condition is not null)
        {
            condition.Label = label;
        }

        return condition;
    }

    /// <summary>Reads <c>because</c> and <c>criteria</c> beside a condition; null when there are none (or they are wrong).</summary>
    private BranchLabel? BindLabel(DocMapping mapping)
    {
        var because = mapping.Find("because");
        var criteria = mapping.Find("criteria");
        if (because is null && criteria is null)
        {
            return null;
        }

        string? words = null;
        if (because is not null)
        {
            if (because.Value is not DocScalar { IsNull: false } scalar || scalar.Value.Trim().Length == 0)
            {
                Fail(DiagnosticDescriptors.WrongType, because.Value.Location, "because", "a few words saying why the finding holds, e.g. \"no community partner holds the money\"");
            }
            else if (scalar.Value.Length > MaxBecauseLength)
            {
                Fail(DiagnosticDescriptors.InvalidValue, scalar.Location, scalar.Value, "label", "A label is printed inside the message; keep it under " + MaxBecauseLength.ToString(CultureInfo.InvariantCulture) + " characters.");
            }
            else
            {
                words = scalar.Value.Trim();
            }
        }

        var keys = new List<string>();
        if (criteria is not null)
        {
            if (criteria.Value is not DocSequence { Items.Count: > 0 } sequence)
            {
                Fail(DiagnosticDescriptors.ListExpected, criteria.Value.Location, "criteria", "criterion keys");
            }
            else
            {
                foreach (var item in sequence.Items)
                {
                    if (item is not DocScalar { IsNull: false } key)
                    {
                        Fail(DiagnosticDescriptors.WrongType, item.Location, "criteria", "a list of criterion keys");
                    }
                    else if (!_criteria.Contains(key.Value))
                    {
                        Fail(DiagnosticDescriptors.BranchCriterionNotOfRule, key.Location, key.Value, Spelling.DidYouMean(key.Value, _criteria), string.Join(", ", _criteria));
                    }
                    else
                    {
                        keys.Add(key.Value);
                    }
                }
            }
        }

        return new BranchLabel(words, keys, (because ?? criteria)!.Key.Location);
    }
}
