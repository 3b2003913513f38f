namespace PartnershipRules.Facts;

/// <summary>Who identified the needs the work addresses.</summary>
public enum NeedsIdentifiedBy
{
    /// <summary>The participants.</summary>
    Participants,

    /// <summary>Professionals together with participants.</summary>
    ProfessionalsWithParticipants,

    /// <summary>Professionals.</summary>
    Professionals,

    /// <summary>The funder's policy.</summary>
    FunderPolicy,
}
