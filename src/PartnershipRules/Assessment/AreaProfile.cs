using System.Collections.Generic;
using PartnershipRules.Model;

namespace PartnershipRules.Assessment;

/// <summary>
/// How one area of the papers stands: its band and the counts behind it. Points in favour (<see cref="Strengths"/>)
/// are facilitating conditions found present and barriers, risks and reasons to avoid collaborating found absent, and
/// substantive reasons to collaborate recorded; concerns are barriers, missing conditions, risks, reasons to avoid
/// collaborating and weak reasons found at warning or above; minor concerns the same below it.
/// </summary>
public sealed class AreaProfile
{
    internal AreaProfile(RuleCategory category, Band band, int strengths, int concerns, int seriousConcerns, int minorConcerns, int undecided, int applicable, int notApplicable, IReadOnlyList<Finding> findings)
    {
        Category = category;
        Band = band;
        Strengths = strengths;
        Concerns = concerns;
        SeriousConcerns = seriousConcerns;
        MinorConcerns = minorConcerns;
        Undecided = undecided;
        Applicable = applicable;
        NotApplicable = notApplicable;
        Findings = findings;
    }

    /// <summary>The area.</summary>
    public RuleCategory Category { get; }

    /// <summary>The area as a reader names it.</summary>
    public string Name => Areas.Name(Category);

    /// <summary>Strength, mixed, concern, or not enough known.</summary>
    public Band Band { get; }

    /// <summary>Points in the partnership's favour: conditions present, barriers, risks and reasons to avoid found absent, substantive reasons recorded.</summary>
    public int Strengths { get; }

    /// <summary>Concerns at warning or above (serious ones included).</summary>
    public int Concerns { get; }

    /// <summary>Concerns at error.</summary>
    public int SeriousConcerns { get; }

    /// <summary>Concerns below warning (suggestions).</summary>
    public int MinorConcerns { get; }

    /// <summary>Rules of the area that could not be decided for lack of information.</summary>
    public int Undecided { get; }

    /// <summary>Rules of the area that apply to this partnership.</summary>
    public int Applicable { get; }

    /// <summary>Rules of the area that do not apply to it.</summary>
    public int NotApplicable { get; }

    /// <summary>The area's findings (the band's evidence), in report order.</summary>
    public IReadOnlyList<Finding> Findings { get; }
}
