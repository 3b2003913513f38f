namespace PartnershipRules.Facts;

/// <summary>Whether a partner's staff have allocated time for joint work.</summary>
public enum StaffTimeForJointWork
{
    /// <summary>Time is allocated.</summary>
    Allocated,

    /// <summary>Time is given ad hoc only.</summary>
    AdHocOnly,

    /// <summary>No time is given.</summary>
    None,
}
