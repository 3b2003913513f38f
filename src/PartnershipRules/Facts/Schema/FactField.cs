using System;
using System.Reflection;
using PartnershipRules.Facts;

namespace PartnershipRules.Facts.Schema;

/// <summary>One field of a record of the fact model, as rule and case files name it.</summary>
internal sealed class FactField
{
    public FactField(string name, PropertyInfo property, FieldShape shape, ScalarType? valueType, RecordSchema? record, string question, bool isIdentifier)
    {
        Name = name;
        Property = property;
        Shape = shape;
        ScalarType = valueType;
        Record = record;
        Question = question;
        IsIdentifier = isIdentifier;
    }

    /// <summary>camelCase name used in files and paths.</summary>
    public string Name { get; }

    public PropertyInfo Property { get; }

    public FieldShape Shape { get; }

    /// <summary>The value type of <see cref="FieldShape.Value"/>, <see cref="FieldShape.ValueList"/> and <see cref="FieldShape.Observation"/> fields.</summary>
    public ScalarType? ScalarType { get; }

    /// <summary>The record type of <see cref="FieldShape.Record"/> and <see cref="FieldShape.RecordList"/> fields.</summary>
    public RecordSchema? Record { get; set; }

    /// <summary>The question to ask the case worker.</summary>
    public string Question { get; }

    /// <summary>A plain string (id or name) rather than a <c>Fact&lt;T&gt;</c>.</summary>
    public bool IsIdentifier { get; }

    /// <summary>
    /// For a fact that names a record of one of the partnership's lists (<see cref="RefersToAttribute"/>), that list:
    /// a path may go on through it to the named record's facts.
    /// </summary>
    public FactField? Target { get; set; }

    /// <summary>For a reference: how an item reads with the record it names ("controlled by").</summary>
    public string? TargetPhrase { get; set; }

    /// <summary>For a reference: what to write when no record of the target list is meant.</summary>
    public string? TargetOtherwise { get; set; }

    public Type ClrType => Property.PropertyType;

    public string Describe() => Shape switch
    {
        FieldShape.Value => ScalarType!.Description,
        FieldShape.Observation => "an observation (value: yes, partly or no; evidence; observedOn; basis)",
        FieldShape.Record => "a mapping",
        FieldShape.RecordList => "a list of " + Record!.DisplayName + " records",
        _ => "a list of " + ScalarType!.Description,
    };
}
