namespace PartnershipRules.Facts;

/// <summary>
/// A community group that was free to join the partnership and chose to stay outside. Unlike an
/// <see cref="ExcludedOrganisation"/>, the choice was the group's own: Tett describes groups that put oppositional
/// action before joining, and the confidence and citizenship such action can build.
/// </summary>
public sealed class OutsideCommunityGroup
{
    /// <summary>Name of the group.</summary>
    [Question("What is the community group that stayed outside called?")]
    public string? Name { get; init; }

    /// <summary>Why the group chose not to join.</summary>
    [Question("Why did the group choose not to join: to pursue priorities that oppose the partnership's agenda, for lack of capacity, or another reason?")]
    public Fact<StayingOutsideReason> Reason { get; init; }
}
