using System;
using System.Collections.Generic;

namespace PartnershipRules.Facts.Schema;

/// <summary>The fields of one record type of the fact model (partnership, partner, funding stream...).</summary>
internal sealed class RecordSchema
{
    private readonly Dictionary<string, FactField> _byName = new(StringComparer.Ordinal);
    private readonly List<FactField> _fields = new();

    public RecordSchema(Type clrType, string displayName)
    {
        ClrType = clrType;
        DisplayName = displayName;
    }

    public Type ClrType { get; }

    /// <summary>Name for messages, e.g. "partner".</summary>
    public string DisplayName { get; }

    public IReadOnlyList<FactField> Fields => _fields;

    /// <summary>
    /// The field that names an item in messages and explanations: its name, else its id, else its code (stated
    /// reasons), else its description (a partner's contributions, which have no name of their own).
    /// </summary>
    public FactField? LabelField => Find("name") ?? Find("id") ?? Find("code") ?? Find("description");

    /// <summary>The fields a reference is matched against, in order: the record's id, then its name.</summary>
    public IEnumerable<FactField> KeyFields
    {
        get
        {
            foreach (var key in new[] { "id", "name" })
            {
                if (Find(key) is { IsIdentifier: true } keyField)
                {
                    yield return keyField;
                }
            }
        }
    }

    public FactField? Find(string name) => _byName.TryGetValue(name, out var field) ? field : null;

    internal void Add(FactField field)
    {
        _byName.Add(field.Name, field);
        _fields.Add(field);
    }
}
