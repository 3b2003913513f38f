using System.Collections.Generic;
using PartnershipRules.Diagnostics;

namespace PartnershipRules.RuleLanguage.Conditions;

/// <summary>
/// What a rule author wrote beside a condition to say what it means when it decides a finding: <c>because</c>, a few
/// words that <c>{because}</c> in the message prints when the condition was true and deciding, and <c>criteria</c>,
/// the criterion keys the finding names only when this condition decided it.
/// </summary>
internal sealed class BranchLabel
{
    public BranchLabel(string? because, IReadOnlyList<string> criteria, SourceLocation location)
    {
        Because = because;
        Criteria = criteria;
        Location = location;
    }

    /// <summary>The words for <c>{because}</c>, or null when the label only maps criteria.</summary>
    public string? Because { get; }

    /// <summary>The criteria this condition shows when it decides a finding; empty when it maps none.</summary>
    public IReadOnlyList<string> Criteria { get; }

    /// <summary>Where the label is written (its first key).</summary>
    public SourceLocation Location { get; }
}
