using System;
using System.Collections.Generic;

namespace PartnershipRules.Model;

/// <summary>
/// Where a rule comes from: a passage of one of the source papers, the section it is in, the works the paper cites
/// for the point, and a short verbatim quote.
/// </summary>
public sealed class Citation
{
    /// <summary>Creates a citation.</summary>
    /// <param name="source">The source paper.</param>
    /// <param name="section">The section heading as printed.</param>
    /// <param name="quote">A verbatim quote of at most 25 words.</param>
    /// <param name="cites">The works the paper cites for the point.</param>
    /// <param name="note">A note, e.g. on how the paper prints a reference.</param>
    public Citation(Work source, string section, string quote, IReadOnlyList<Work> cites, string? note)
    {
        Source = source ?? throw new ArgumentNullException(nameof(source));
        Section = section ?? throw new ArgumentNullException(nameof(section));
        Quote = quote ?? throw new ArgumentNullException(nameof(quote));
        Cites = cites ?? throw new ArgumentNullException(nameof(cites));
        Note = note;
    }

    /// <summary>The source paper.</summary>
    public Work Source { get; }

    /// <summary>The section heading as printed in the paper.</summary>
    public string Section { get; }

    /// <summary>A verbatim quote of at most 25 words.</summary>
    public string Quote { get; }

    /// <summary>The works the paper cites for this point.</summary>
    public IReadOnlyList<Work> Cites { get; }

    /// <summary>A note on the citation, if any.</summary>
    public string? Note { get; }

    /// <summary>One line: <c>Tett (2005), § Partnerships: "quote"</c>.</summary>
    /// <returns>The formatted citation.</returns>
    public override string ToString() => Source.ShortCitation + ", § " + Section + ": \u201C" + Quote + "\u201D";
}
