using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;

namespace PartnershipRules.Reporting;

/// <summary>
/// Splits a JSON Lines stream into lines the way the format defines them: at <c>\n</c> only (a <c>\r</c> before it is
/// dropped, one anywhere else stays in the line, where the JSON reader refuses it), so a stray carriage return cannot
/// split a case and shift every later line number. Each line is decoded as strict UTF-8, and a line that is not UTF-8
/// or is longer than the limit is that line's error, read past in bounded memory (a longer line is never held).
/// </summary>
internal static class JsonLineReader
{
    public static IEnumerable<JsonLine> Read(Stream input, string inputName, int maxLineBytes)
    {
        var buffer = new byte[1 << 16];
        var line = new MemoryStream();
        var number = 1;
        long length = 0;
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n')
                {
                    continue;
                }

                Keep(line, buffer, start, i - start, ref length, maxLineBytes);
                yield return Complete(line, length, number++, inputName, maxLineBytes);
                line.SetLength(0);
                length = 0;
                start = i + 1;
            }

            Keep(line, buffer, start, read - start, ref length, maxLineBytes);
        }

        if (length > 0)
        {
            yield return Complete(line, length, number, inputName, maxLineBytes);
        }
    }

    // Bytes past the limit are counted, never kept: the line is refused whole however long it is.
    private static void Keep(MemoryStream line, byte[] buffer, int start, int count, ref long length, int maxLineBytes)
    {
        if (length + count <= maxLineBytes + 1)
        {
            line.Write(buffer, start, count);
        }

        length += count;
    }

    private static JsonLine Complete(MemoryStream line, long length, int number, string inputName, int maxLineBytes)
    {
        var bytes = line.GetBuffer();
        var count = (int)line.Length;
        if (count > 0 && bytes[count - 1] == (byte)'\r' && length == count)
        {
            count--;
            length--;
        }

        if (length > maxLineBytes)
        {
            return new JsonLine(number, null, Diagnostic.Create(DiagnosticDescriptors.LineTooLong, new SourceLocation(inputName, number, 1), length, maxLineBytes));
        }

        var text = Utf8Text.Decode(inputName, bytes, count, firstLine: number, out var notUtf8);
        return new JsonLine(number, text, notUtf8);
    }
}

/// <summary>One line of a JSON Lines input: its text, or why it could not be read.</summary>
internal sealed record JsonLine(int Number, string? Text, Diagnostic? Problem);
