namespace PartnershipRules.Model;

/// <summary>What evaluating one rule against one partnership gave.</summary>
public enum Outcome
{
    /// <summary>The condition is false: no finding.</summary>
    NotFired = 0,

    /// <summary>The condition is true: a finding.</summary>
    Fired = 1,

    /// <summary>The condition depends on facts that are unknown or not recorded; the result names them.</summary>
    InsufficientInformation = 2,

    /// <summary>The rule's precondition does not hold (e.g. a community-group rule when there is no community partner).</summary>
    NotApplicable = 3,
}
