namespace PartnershipRules.Facts;

/// <summary>What reported success rests on.</summary>
public enum SuccessClaimBasis
{
    /// <summary>Mainly quantitative agency targets.</summary>
    MainlyQuantitativeAgencyTargets,

    /// <summary>Participants' outcomes.</summary>
    ParticipantOutcomes,

    /// <summary>A mixture of both.</summary>
    Mixed,
}
