using System.Collections.Generic;

namespace PartnershipRules.RuleLanguage.CodeRules;

/// <summary>A citation of a <see cref="CodeRule"/>, checked against the bibliography when the catalogue loads.</summary>
public sealed class CodeRuleCitation
{
    internal CodeRuleCitation(string source, string section, string quote, IReadOnlyList<string> cites, string? note)
    {
        Source = source;
        Section = section;
        Quote = quote;
        Cites = cites;
        Note = note;
    }

    /// <summary>Bibliography key of the cited paper, e.g. <c>tett-2005</c>.</summary>
    public string Source { get; }

    /// <summary>The section of the paper.</summary>
    public string Section { get; }

    /// <summary>A short verbatim quote.</summary>
    public string Quote { get; }

    /// <summary>Bibliography keys of works the paper cites at that point.</summary>
    public IReadOnlyList<string> Cites { get; }

    /// <summary>An optional note.</summary>
    public string? Note { get; }
}
