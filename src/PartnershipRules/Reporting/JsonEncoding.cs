using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace PartnershipRules.Reporting;

/// <summary>How the JSON formats (JSON, JSON lines, SARIF) encode text.</summary>
internal static class JsonEncoding
{
    /// <summary>
    /// Every script readable as itself, so quotes and names stay legible, but the characters that matter to HTML
    /// (&lt; &gt; &amp; ' " + `) and every control character escaped: case text such as a partnership named
    /// <c>&lt;script&gt;</c> cannot become markup when a report is pasted into a page, nor a terminal escape sequence.
    /// </summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
}
