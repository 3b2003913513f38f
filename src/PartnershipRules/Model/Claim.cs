using PartnershipRules.Diagnostics;

namespace PartnershipRules.Model;

/// <summary>
/// How strongly the paper makes a rule's point, and the words that show it: a passage of one of the rule's quotes
/// (or, for the library's own construction, of its description). The calibration the severity answers to.
/// </summary>
public sealed class Claim
{
    internal Claim(ClaimStrength strength, string words, SourceLocation? location)
    {
        Strength = strength;
        Words = words;
        Location = location;
    }

    /// <summary>How firmly the claim is made.</summary>
    public ClaimStrength Strength { get; }

    /// <summary>The words that show it, exactly as in one of the rule's quotes or its description.</summary>
    public string Words { get; }

    /// <summary>Where the claim is declared, when it came from a file.</summary>
    public SourceLocation? Location { get; }

    /// <summary>The most severe a rule with this claim may be: error only for a claim stated without hedging.</summary>
    public Severity Ceiling => Strength == ClaimStrength.Stated ? Severity.Error : Severity.Warning;

    /// <inheritdoc />
    public override string ToString() => Documents.Spelling.Of(Strength) + ": \u201C" + Words + "\u201D";
}
