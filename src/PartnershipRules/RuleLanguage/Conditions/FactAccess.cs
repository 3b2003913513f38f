using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Facts.Schema;

namespace PartnershipRules.RuleLanguage.Conditions;

/// <summary>
/// A checked path from a record (the partnership, or the item a quantifier is visiting) to one of its fields. A path
/// may go through a reference (<c>controlledBy.sector</c>): it then reads the named record's fact, a join.
/// </summary>
internal sealed class FactAccess
{
    public FactAccess(RecordSchema scope, IReadOnlyList<FactField> steps)
    {
        Scope = scope;
        Steps = steps;
        Path = string.Join(".", steps.Select(s => s.Name));
        for (var i = 0; i < steps.Count - 1; i++)
        {
            if (steps[i].Target is { } target)
            {
                Reference = new FactAccess(scope, steps.Take(i + 1).ToArray());
                Beyond = new FactAccess(target.Record!, steps.Skip(i + 1).ToArray());
                Target = target;
                TargetList = new FactAccess(FactSchema.Default.Root, new[] { target });
                break;
            }
        }
    }

    public RecordSchema Scope { get; }

    /// <summary>Record fields followed by the field read.</summary>
    public IReadOnlyList<FactField> Steps { get; }

    public FactField Field => Steps[Steps.Count - 1];

    public string Path { get; }

    /// <summary>For a path through a reference: the part up to the reference itself (<c>controlledBy</c>).</summary>
    public FactAccess? Reference { get; }

    /// <summary>For a path through a reference: the partnership's list the reference names a record of.</summary>
    public FactField? Target { get; }

    /// <summary>For a path through a reference: that list, read from the partnership.</summary>
    public FactAccess? TargetList { get; }

    /// <summary>For a path through a reference: the rest of the path, from the named record (<c>sector</c>).</summary>
    public FactAccess? Beyond { get; }

    public override string ToString() => Path;
}
