using System;
using System.Text;
using PartnershipRules.Diagnostics;

namespace PartnershipRules.Documents;

/// <summary>
/// Strict UTF-8 for every reader of user files (documents, JSON lines): invalid bytes are refused at a located place,
/// never replaced; and the one rule for columns, which count characters (a continuation byte belongs to the character
/// before it), as the YAML parser's do.
/// </summary>
internal static class Utf8Text
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of the first <paramref name="count"/> bytes, or null and the PR0003 diagnostic at the first bad byte.</summary>
    public static string? Decode(string path, byte[] bytes, int count, int firstLine, out Diagnostic? problem)
    {
        try
        {
            problem = null;
            return Strict.GetString(bytes, 0, count);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = Math.Max(0, ex.Index);
            var bad = ex.BytesUnknown is { Length: > 0 } unknown ? unknown[0] : (byte)0;
            int line = firstLine, column = 1;
            Advance(bytes, 0, Math.Min(offset, count), ref line, ref column);
            problem = Diagnostic.Create(DiagnosticDescriptors.InvalidEncoding, new SourceLocation(path, line, column), bad, offset);
            return null;
        }
    }

    /// <summary>Moves a line and column over the bytes from <paramref name="from"/> up to <paramref name="to"/>.</summary>
    public static void Advance(byte[] bytes, int from, int to, ref int line, ref int column)
    {
        for (var i = from; i < to; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }
    }
}
