namespace PartnershipRules.Model;

/// <summary>What a rule's finding means.</summary>
public enum RuleKind
{
    /// <summary>About the partnership's reasons to collaborate (evidenced, asserted only, or missing).</summary>
    Reason,

    /// <summary>A facilitating condition is absent or weak.</summary>
    Facilitator,

    /// <summary>
    /// A facilitating condition is present. Reported so that a strength is visible, and so that rules which weigh it
    /// against a risk (e.g. a local champion, and the dependence on one person it brings) can match it.
    /// </summary>
    FacilitatorPresent,

    /// <summary>A barrier to partnership working is present.</summary>
    Barrier,

    /// <summary>A circumstance in which collaboration is best avoided.</summary>
    AvoidCollaboration,

    /// <summary>A hazard the papers describe, usually about power, representation or accountability.</summary>
    Risk,

    /// <summary>A classification of the partnership, such as Jones's connected and disconnected partnerships.</summary>
    Classification,
}
