namespace PartnershipRules.Facts;

/// <summary>A community organisation that sought or was proposed for membership but was excluded.</summary>
public sealed class ExcludedOrganisation
{
    /// <summary>Name of the organisation.</summary>
    [Question("What is the excluded organisation called?")]
    public string? Name { get; init; }

    /// <summary>The reason given for the exclusion.</summary>
    [Question("What reason was given for excluding the organisation?")]
    public Fact<ExclusionReason> Reason { get; init; }
}
