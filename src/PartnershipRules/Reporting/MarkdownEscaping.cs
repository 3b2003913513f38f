using System.Text;
using PartnershipRules.Diagnostics;

namespace PartnershipRules.Reporting;

/// <summary>
/// Makes text from a case inert in Markdown: emphasis, links, code, tables and HTML all written as literal characters
/// (a backslash, or an entity for <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>), line breaks folded into spaces, control
/// characters escaped, and a block marker at the start (<c>#</c>, <c>-</c>, <c>&gt;</c>) disarmed. Every piece of case
/// text the Markdown report writes passes through here.
/// </summary>
internal static class MarkdownEscaping
{
    public static string Text(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var escaped = new StringBuilder(text!.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' or '!' or '#' or '(' or ')' or '{' or '}':
                    escaped.Append('\\').Append(c);
                    break;
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '\n' or '\r' or '\u2028' or '\u2029':
                    escaped.Append(' ');
                    break;
                default:
                    if (TextEscaping.IsUnsafe(c))
                    {
                        escaped.Append(TextEscaping.Line(c.ToString()));
                    }
                    else
                    {
                        escaped.Append(c);
                    }

                    break;
            }
        }

        // A list or heading marker at the very start would open a block inside a list item or a heading.
        if (escaped.Length > 0 && escaped[0] is '-' or '+' or '=')
        {
            escaped.Insert(0, '\\');
        }

        return escaped.ToString();
    }

    /// <summary>Text inside a code span: backticks cannot be escaped there, so they become a lookalike quote.</summary>
    public static string Code(string? text) => "`" + TextEscaping.Line(text).Replace('`', '\'') + "`";
}
