namespace PartnershipRules.Facts;

/// <summary>How sufficient the resources available for partnership work are.</summary>
public sealed class ResourceSufficiency
{
    /// <summary>Time available for partnership work.</summary>
    [Question("Is the time available for partnership work adequate, constrained or extremely limited?")]
    public Fact<ResourceLevel> Time { get; init; }

    /// <summary>Staff capacity/energy available.</summary>
    [Question("Is the staff capacity and energy available adequate, constrained or extremely limited?")]
    public Fact<ResourceLevel> StaffEnergy { get; init; }

    /// <summary>Money available.</summary>
    [Question("Is the money available adequate, constrained or extremely limited?")]
    public Fact<ResourceLevel> Money { get; init; }

    /// <summary>Suitable accommodation/premises.</summary>
    [Question("Is suitable accommodation or premises adequate, constrained or extremely limited?")]
    public Fact<ResourceLevel> Accommodation { get; init; }
}
