using System;
using System.Collections.Generic;

namespace PartnershipRules.Model;

/// <summary>A work in the bibliography: one of the two source papers, or a work one of them cites.</summary>
public sealed class Work
{
    /// <summary>Creates a bibliography entry.</summary>
    /// <param name="key">Key that rules use to cite it, e.g. <c>tett-2005</c>.</param>
    /// <param name="authors">Authors as printed.</param>
    /// <param name="year">Year as printed (may carry a letter, e.g. 2000a).</param>
    /// <param name="title">Title, when known.</param>
    /// <param name="publishedIn">Where it was published, when known.</param>
    /// <param name="isSourcePaper">Whether it is one of the papers the catalogue encodes.</param>
    /// <param name="note">A note on how the paper prints the reference (e.g. an inconsistent year).</param>
    public Work(string key, string authors, string year, string? title, string? publishedIn, bool isSourcePaper, string? note)
    {
        Key = key ?? throw new ArgumentNullException(nameof(key));
        Authors = authors ?? throw new ArgumentNullException(nameof(authors));
        Year = year ?? throw new ArgumentNullException(nameof(year));
        Title = title;
        PublishedIn = publishedIn;
        IsSourcePaper = isSourcePaper;
        Note = note;
    }

    /// <summary>Key that rules use to cite it.</summary>
    public string Key { get; }

    /// <summary>Authors as printed.</summary>
    public string Authors { get; }

    /// <summary>Year as printed.</summary>
    public string Year { get; }

    /// <summary>Title, when known.</summary>
    public string? Title { get; }

    /// <summary>Where it was published, when known.</summary>
    public string? PublishedIn { get; }

    /// <summary>Whether it is one of the source papers (Tett 2005, Jones 2000).</summary>
    public bool IsSourcePaper { get; }

    /// <summary>A note on irregularities in how the paper prints the reference.</summary>
    public string? Note { get; }

    /// <summary>Short author-date form, e.g. <c>Tett (2005)</c>.</summary>
    public string ShortCitation => Authors + " (" + Year + ")";

    /// <summary>The full reference as one line.</summary>
    public string FullReference
    {
        get
        {
            var parts = new List<string> { Authors + " (" + Year + ")" };
            if (!string.IsNullOrEmpty(Title))
            {
                parts.Add("'" + Title + "'");
            }

            if (!string.IsNullOrEmpty(PublishedIn))
            {
                parts.Add(PublishedIn!);
            }

            return string.Join(", ", parts) + ".";
        }
    }
}
