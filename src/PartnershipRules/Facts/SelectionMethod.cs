namespace PartnershipRules.Facts;

/// <summary>How a representative was chosen.</summary>
public enum SelectionMethod
{
    /// <summary>Chosen by a manager for enthusiasm, commitment and inter-personal skills.</summary>
    ChosenByManagerForFit,

    /// <summary>Chosen by a manager for availability or seniority.</summary>
    ChosenByManagerForAvailabilityOrSeniority,

    /// <summary>Volunteered.</summary>
    Volunteered,

    /// <summary>Elected or mandated by the people represented.</summary>
    ElectedOrMandatedByConstituents,

    /// <summary>Sits ex officio.</summary>
    ExOfficio,
}
