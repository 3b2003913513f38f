namespace PartnershipRules.Facts;

/// <summary>A case worker's answer to an observation checklist item.</summary>
public enum ObservedValue
{
    /// <summary>The condition is present.</summary>
    Yes,

    /// <summary>The condition is partly present or weak.</summary>
    Partly,

    /// <summary>The condition is absent.</summary>
    No,
}
