using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using PartnershipRules.Documents;
using PartnershipRules.Facts;

namespace PartnershipRules.Facts.Schema;

/// <summary>
/// The fact model described as data: every record, field, value type and question, read once from the fact classes.
/// Rule checking, case loading, the JSON Schema and the "question to ask" all come from this one description, so
/// they cannot drift apart.
/// </summary>
internal sealed class FactSchema
{
    private static readonly Lazy<FactSchema> Instance = new(() => new FactSchema(typeof(Partnership)));

    private readonly Dictionary<Type, RecordSchema> _records = new();

    private FactSchema(Type root)
    {
        Root = Describe(root);
        Observation = Describe(typeof(Observation));
        foreach (var field in _records.Values.SelectMany(r => r.Fields))
        {
            if (field.Property.GetCustomAttribute<RefersToAttribute>() is { } reference)
            {
                field.Target = Root.Find(Spelling.CamelCase(reference.List))
                    ?? throw new InvalidOperationException($"{field.Property.DeclaringType?.Name}.{field.Property.Name} refers to '{reference.List}', which is no list of the partnership.");
                field.TargetOtherwise = reference.Otherwise;
                field.TargetPhrase = reference.Phrase;
            }
        }
    }

    /// <summary>The schema of the built-in fact model. Built once; immutable afterwards.</summary>
    public static FactSchema Default => Instance.Value;

    public RecordSchema Root { get; }

    /// <summary>The fields of an observation (value, evidence, observedOn, basis), for reading case files.</summary>
    public RecordSchema Observation { get; }

    public IEnumerable<RecordSchema> Records => _records.Values;

    private RecordSchema Describe(Type type)
    {
        if (_records.TryGetValue(type, out var existing))
        {
            return existing;
        }

        var record = new RecordSchema(type, DisplayNameOf(type));
        _records.Add(type, record);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
        {
            record.Add(DescribeField(property));
        }

        return record;
    }

    private FactField DescribeField(PropertyInfo property)
    {
        var name = Spelling.CamelCase(property.Name);
        var question = property.GetCustomAttribute<QuestionAttribute>()?.Text ?? string.Empty;
        var type = property.PropertyType;

        if (type == typeof(string))
        {
            return new FactField(name, property, FieldShape.Value, ScalarType.For(typeof(string)), null, question, isIdentifier: true);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Fact<>))
        {
            return new FactField(name, property, FieldShape.Value, ScalarType.For(type.GetGenericArguments()[0], property.GetCustomAttribute<NumberRangeAttribute>()), null, question, isIdentifier: false);
        }

        if (type == typeof(Observation))
        {
            return new FactField(name, property, FieldShape.Observation, ScalarType.For(typeof(ObservedValue)), null, question, isIdentifier: false);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var item = type.GetGenericArguments()[0];
            return IsRecord(item)
                ? new FactField(name, property, FieldShape.RecordList, null, Describe(item), question, isIdentifier: false)
                : new FactField(name, property, FieldShape.ValueList, ScalarType.For(item), null, question, isIdentifier: false);
        }

        if (IsRecord(type))
        {
            return new FactField(name, property, FieldShape.Record, null, Describe(type), question, isIdentifier: false);
        }

        throw new NotSupportedException($"{property.DeclaringType?.Name}.{property.Name}: properties of type {type} are not part of the fact model's vocabulary.");
    }

    private static bool IsRecord(Type type) => type.IsClass && type != typeof(string) && type.Namespace == typeof(Partnership).Namespace;

    private static string DisplayNameOf(Type type) => Spelling.SnakeCase(type.Name).Replace('_', ' ');
}
