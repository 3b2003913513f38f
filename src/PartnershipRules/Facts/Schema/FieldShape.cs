using PartnershipRules.Facts;

namespace PartnershipRules.Facts.Schema;

/// <summary>How a field of the fact model is shaped.</summary>
internal enum FieldShape
{
    /// <summary>A <c>Fact&lt;T&gt;</c> or an identifier string.</summary>
    Value,

    /// <summary>A case worker's observation: a yes/partly/no value with evidence.</summary>
    Observation,

    /// <summary>A nested record (always present).</summary>
    Record,

    /// <summary>A list of records.</summary>
    RecordList,

    /// <summary>A list of plain values.</summary>
    ValueList,
}
