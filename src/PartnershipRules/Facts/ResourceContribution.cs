namespace PartnershipRules.Facts;

/// <summary>A resource a partner brings to the partnership (money or non-money).</summary>
public sealed class ResourceContribution
{
    /// <summary>Kind of resource.</summary>
    [Question("What kind of resource is contributed?")]
    public Fact<ContributionType> Type { get; init; }

    /// <summary>Quantity, where quantifiable, in the unit given by <see cref="Unit"/>; unknown for resources that cannot be quantified.</summary>
    [Question("How much is contributed (where it can be quantified)?")]
    [NumberRange(0, double.MaxValue)]
    public Fact<double> Amount { get; init; }

    /// <summary>The unit of <see cref="Amount"/>.</summary>
    [Question("In what unit is the amount given: GBP, hours per month or FTE?")]
    public Fact<AmountUnit> Unit { get; init; }

    /// <summary>Whether the contribution is spelt out in the partnership agreement.</summary>
    [Question("Is the contribution spelt out in the partnership agreement?")]
    public Fact<bool> RecordedInAgreement { get; init; }

    /// <summary>Whether it is a resource the community already provided before the initiative.</summary>
    [Question("Is it a resource the community already provided before the initiative (e.g. voluntary effort)?")]
    public Fact<bool> PreExistingCommunityResource { get; init; }

    /// <summary>Whether other partners acknowledge it.</summary>
    [Question("Do the other partners acknowledge this contribution?")]
    public Fact<bool> AcknowledgedByPartners { get; init; }

    /// <summary>Free-text description of the contribution.</summary>
    [Question("How would you describe the contribution?")]
    public string? Description { get; init; }
}
