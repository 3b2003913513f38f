namespace PartnershipRules.Assessment;

/// <summary>
/// How one area of the papers stands for a partnership, in the manner of the factor bands of partnership self-assessment
/// instruments (strengths, borderline, concerns), but computed from the rules' outcomes, not from a survey score.
/// </summary>
public enum Band
{
    /// <summary>Strengths and no concern at warning or above.</summary>
    Strength = 0,

    /// <summary>Strengths and concerns both, the concerns not outweighing the strengths and none serious.</summary>
    Mixed = 1,

    /// <summary>A serious (error) concern, or more concerns than strengths.</summary>
    Concern = 2,

    /// <summary>Too few of the area's rules could be decided to say (see <see cref="AssessmentOptions.NotEnoughKnownShare"/>).</summary>
    NotEnoughKnown = 3,
}
