namespace PartnershipRules.Facts;

/// <summary>Case-worker judgement of a representative's professional ontological security (Jones/Thompson).</summary>
public enum OntologicalSecurity
{
    /// <summary>Balanced.</summary>
    Balanced,

    /// <summary>Rigid and defensive.</summary>
    RigidDefensive,

    /// <summary>Anxious and insecure.</summary>
    AnxiousInsecure,
}
