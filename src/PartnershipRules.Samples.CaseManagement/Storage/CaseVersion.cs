using System;

namespace PartnershipRules.Samples.CaseManagement.Storage;

/// <summary>One case of a partnership as submitted: the original text, never rewritten, and when it was assessed and received.</summary>
public sealed class CaseVersion
{
    /// <summary>The row's own id.</summary>
    public int Id { get; set; }

    /// <summary>The partnership's row id.</summary>
    public int PartnershipId { get; set; }

    /// <summary>The partnership.</summary>
    public Partnership? Partnership { get; set; }

    /// <summary>The version's number within its partnership, from 1 in the order received; unique per partnership.</summary>
    public int Number { get; set; }

    /// <summary>The body exactly as posted (UTF-8 JSON or YAML).</summary>
    public byte[] Content { get; set; } = [];

    /// <summary>Whether <see cref="Content"/> is YAML (else JSON): it names the document when it is read again.</summary>
    public bool IsYaml { get; set; }

    /// <summary>The case's <c>assessedOn</c> date: the history is in this order.</summary>
    public DateOnly AssessedOn { get; set; }

    /// <summary>When the service received it.</summary>
    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The assessment computed when it was received.</summary>
    public StoredAssessment? Assessment { get; set; }

    /// <summary>The name the case is read under, as the check endpoint names a posted body.</summary>
    public string DocumentName => IsYaml ? "version-" + Number + ".yaml" : "version-" + Number + ".json";
}
