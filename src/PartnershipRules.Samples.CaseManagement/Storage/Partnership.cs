using System;
using System.Collections.Generic;

namespace PartnershipRules.Samples.CaseManagement.Storage;

/// <summary>A partnership the service keeps cases of, known to the caller by its key (the case's <c>partnership.id</c>).</summary>
public sealed class Partnership
{
    /// <summary>The row's own id.</summary>
    public int Id { get; set; }

    /// <summary>The caller's key for the partnership, as in the address <c>/partnerships/{key}</c>.</summary>
    public string Key { get; set; } = "";

    /// <summary>The name the latest version gave it.</summary>
    public string? Name { get; set; }

    /// <summary>When its first version was received.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Every version received, in no particular order.</summary>
    public List<CaseVersion> Versions { get; } = new();
}
