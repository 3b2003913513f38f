namespace PartnershipRules.Assessment;

/// <summary>What an assessment concludes about collaborating: the library's reading of the papers, not their words.</summary>
public enum VerdictKind
{
    /// <summary>Nothing recorded says collaboration is best avoided, and no barrier or missing condition stands in the way.</summary>
    Proceed = 0,

    /// <summary>Nothing recorded says collaboration is best avoided, but barriers or missing conditions must be dealt with first or along the way.</summary>
    ProceedWithConditions = 1,

    /// <summary>Circumstances the papers say make collaboration best avoided are recorded: reconsider whether, and in what form, to collaborate.</summary>
    Reconsider = 2,

    /// <summary>Too much is unknown to say: the questions that would settle it come with the verdict. Missing data never gives <see cref="Reconsider"/>.</summary>
    CannotTellYet = 3,
}
