using System.Globalization;
using System.Text;

namespace PartnershipRules.Diagnostics;

/// <summary>
/// Makes text from a case or a rule file inert on a terminal and in a log: control characters (escape sequences,
/// carriage returns, line feeds), Unicode line and paragraph separators and bidirectional controls are written as
/// visible escapes (<c>\n</c>, <c>\u001B</c>), so no value can start a line of output, pose as a compiler diagnostic,
/// clear the screen or reorder what is printed. Everything the text report and diagnostics print passes through here.
/// </summary>
public static class TextEscaping
{
    /// <summary>The text as one inert line.</summary>
    /// <param name="text">Text from a case or a rule file.</param>
    /// <returns>The text with every unsafe character written as a visible escape; empty for null.</returns>
    public static string Line(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        StringBuilder? escaped = null;
        for (var i = 0; i < text!.Length; i++)
        {
            var c = text[i];
            var replacement = Escape(c);
            if (replacement is null)
            {
                escaped?.Append(c);
                continue;
            }

            escaped ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            escaped.Append(replacement);
        }

        return escaped?.ToString() ?? text;
    }

    /// <summary>Whether a character must not reach a terminal as itself.</summary>
    /// <param name="c">The character.</param>
    /// <returns>True for control characters, line and paragraph separators and bidirectional controls.</returns>
    public static bool IsUnsafe(char c) =>
        c < ' ' || (c >= '\u007F' && c <= '\u009F') || c == '\u2028' || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C';

    private static string? Escape(char c) => c switch
    {
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        _ when IsUnsafe(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
        _ => null,
    };
}
