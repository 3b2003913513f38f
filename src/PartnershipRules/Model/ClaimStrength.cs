namespace PartnershipRules.Model;

/// <summary>
/// How firmly the paper makes the claim a rule enforces: what decides how severe the rule may be. Only a claim
/// <see cref="Stated"/> without hedging may be an error.
/// </summary>
public enum ClaimStrength
{
    /// <summary>Asserted as a general truth, with no qualifier ("X is essential"). The only strength an error may rest on.</summary>
    Stated = 0,

    /// <summary>Asserted with a qualifier: may, can, tends to, often, some, "best avoided", one item of a hedged list.</summary>
    Hedged = 1,

    /// <summary>Reported from another author, a cited study or the paper's own fieldwork rather than asserted.</summary>
    Reported = 2,

    /// <summary>What decides the rule (a threshold, a count, a composite, a classification) is the library's own construction.</summary>
    Library = 3,
}
