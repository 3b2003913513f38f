using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Facts.Schema;

namespace PartnershipRules.RuleLanguage.Conditions;

/// <summary>A checked path from a record (the partnership, or the item a quantifier is visiting) to one of its fields.</summary>
internal sealed class FactAccess
{
    public FactAccess(RecordSchema scope, IReadOnlyList<FactField> steps)
    {
        Scope = scope;
        Steps = steps;
    }

    public RecordSchema Scope { get; }

    /// <summary>Record fields followed by the field read.</summary>
    public IReadOnlyList<FactField> Steps { get; }

    public FactField Field => Steps[Steps.Count - 1];

    public string Path => string.Join(".", Steps.Select(s => s.Name));

    public override string ToString() => Path;
}
