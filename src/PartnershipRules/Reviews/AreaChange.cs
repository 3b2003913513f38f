using PartnershipRules.Assessment;
using PartnershipRules.Model;

namespace PartnershipRules.Reviews;

/// <summary>One area of the profile then and now.</summary>
public sealed class AreaChange
{
    internal AreaChange(RuleCategory category, string name, Band? then, Band now)
    {
        Category = category;
        Name = name;
        Then = then;
        Now = now;
    }

    /// <summary>The area.</summary>
    public RuleCategory Category { get; }

    /// <summary>Its name for a reader.</summary>
    public string Name { get; }

    /// <summary>Its band then, if the earlier assessment had it.</summary>
    public Band? Then { get; }

    /// <summary>Its band now.</summary>
    public Band Now { get; }

    /// <summary>Whether the band moved.</summary>
    public bool HasChanged => Then != Now;
}
