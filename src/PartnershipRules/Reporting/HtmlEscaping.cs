using System.Net;
using PartnershipRules.Diagnostics;

namespace PartnershipRules.Reporting;

/// <summary>
/// Makes text from a case inert in HTML: every markup character an entity, control characters escaped as visible
/// text. Every piece of case text the HTML report writes, in elements and attributes alike, passes through here.
/// </summary>
internal static class HtmlEscaping
{
    public static string Text(string? text) => WebUtility.HtmlEncode(TextEscaping.Line(text));
}
