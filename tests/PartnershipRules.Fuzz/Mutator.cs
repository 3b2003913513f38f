using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PartnershipRules.Fuzz;

/// <summary>
/// Turns a valid file into a slightly (or badly) broken one. Some mutations know nothing of the format (flip a bit,
/// insert random bytes, truncate); others know YAML's shape and the project's vocabulary (delete a key with its
/// children, replace a value with one of the wrong type, re-indent a line, splice two files, nest deeply, repeat a
/// piece many times), because random bytes alone rarely get past the parser to the binders behind it.
/// </summary>
public sealed class Mutator
{
    /// <summary>The largest input a mutation produces: past every default limit, so the limits are exercised too.</summary>
    public const int MaxOutputBytes = 2 * 1024 * 1024;

    /// <summary>Values of every type and none: each is wrong somewhere, and some are hostile anywhere.</summary>
    private static readonly string[] WrongValues =
    {
        "~", "null", "[]", "{}", "[1, 2]", "{a: 1}", "[[[[[[]]]]]]", "-1", "0", "1", "-0", "3.5", "1e308", "-1e308", "1e-320",
        "1e999", "NaN", ".nan", ".inf", "-.inf", "Infinity", "-Infinity", "0x1F", "0o17", "1_000", "true", "false", "yes",
        "no", "on", "unknown", "\"\"", "''", "\"\\u0000\"", "\"\\uD800\"", "\"\\uDFFF\\uD800\"", "\"\\x7F\"", "\"\\e\\a\"",
        "99999999999999999999999999", "2026-02-30", "2026-13-01", "0001-01-01", "9999-12-31", "2026-09-22T10:00:00Z",
        "PR0000", "PR9999", "PR", "PTN-FAC-999", "tett-2005", "jones-2000", "&a x", "*a", "!!str x", "!x y", "|", ">",
        "? x", "- x", "\"unterminated", "'x", "{", "[", "}", "]", ",", ":", "#", "%", "@", "`", "{{name}}", "{name",
        "{partners[0].name}", "\u00e9\u00e8\u4e2d\u6587\ud83d\ude00", "\u202e\u200b", "\"\\\"\"",
        "partners[999999999]", "partners[-1]", "partners.name", "a.b.c.d.e.f.g.h.i.j.k",
    };

    /// <summary>Bytes that mean something to a YAML scanner or to UTF-8.</summary>
    private static readonly byte[] InterestingBytes =
    {
        0x00, 0x09, 0x0A, 0x0D, 0x20, 0x22, 0x23, 0x26, 0x27, 0x2A, 0x2C, 0x2D, 0x3A, 0x3E, 0x3F, 0x40, 0x5B, 0x5C, 0x5D,
        0x60, 0x7B, 0x7C, 0x7D, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF8, 0xFE, 0xFF,
    };

    private readonly IReadOnlyList<byte[]> _corpus;
    private readonly string[] _words;

    /// <param name="corpus">The seed files, for splicing.</param>
    /// <param name="words">Keys and values harvested from the seeds, for mutations that speak the vocabulary.</param>
    public Mutator(IReadOnlyList<byte[]> corpus, IEnumerable<string> words)
    {
        _corpus = corpus;
        _words = words.Distinct(StringComparer.Ordinal).OrderBy(w => w, StringComparer.Ordinal).ToArray();
    }

    /// <summary>How many kinds of mutation there are.</summary>
    public static int Kinds => 17;

    /// <summary>The words (keys and values) of a YAML file: what appears before a colon, and plain values after one.</summary>
    public static IEnumerable<string> Harvest(byte[] file)
    {
        foreach (var raw in Encoding.UTF8.GetString(file).Split('\n'))
        {
            var line = raw.Trim().TrimStart('-', ' ');
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line.Substring(0, colon).Trim().Trim('"', '\'', '{', '[', ' ');
            if (key.Length is > 0 and < 40 && !key.Contains(' ', StringComparison.Ordinal))
            {
                yield return key;
            }

            var value = line.Substring(colon + 1).Trim();
            if (value.Length is > 0 and < 40 && !value.Contains(' ', StringComparison.Ordinal) && !value.Contains(':', StringComparison.Ordinal))
            {
                yield return value.Trim('"', '\'', '{', '}', '[', ']', ',');
            }
        }
    }

    /// <summary>Applies one to four mutations.</summary>
    public byte[] Mutate(byte[] input, IChoices choices)
    {
        var data = input;
        var count = 1 + choices.Next(4);
        for (var i = 0; i < count; i++)
        {
            data = MutateOnce(data, choices.Next(Kinds), choices);
            if (data.Length > MaxOutputBytes)
            {
                data = data.AsSpan(0, MaxOutputBytes).ToArray();
            }
        }

        return data;
    }

    /// <summary>One mutation of the given kind (0 to <see cref="Kinds"/> - 1).</summary>
    public byte[] MutateOnce(byte[] data, int kind, IChoices c)
    {
        switch (kind)
        {
            case 0: // flip a bit
                if (data.Length == 0)
                {
                    return new[] { (byte)c.Next(256) };
                }

                var flipped = (byte[])data.Clone();
                flipped[c.Next(data.Length)] ^= (byte)(1 << c.Next(8));
                return flipped;
            case 1: // overwrite a byte with one that matters to YAML or UTF-8
                if (data.Length == 0)
                {
                    return new[] { InterestingBytes[c.Next(InterestingBytes.Length)] };
                }

                var overwritten = (byte[])data.Clone();
                overwritten[c.Next(data.Length)] = InterestingBytes[c.Next(InterestingBytes.Length)];
                return overwritten;
            case 2: // insert random bytes
                var random = new byte[1 + c.Next(16)];
                for (var i = 0; i < random.Length; i++)
                {
                    random[i] = (byte)c.Next(256);
                }

                return Insert(data, c.Next(data.Length + 1), random);
            case 3: // delete a range
                if (data.Length == 0)
                {
                    return data;
                }

                var start = c.Next(data.Length);
                var length = 1 + c.Next(Math.Min(256, data.Length - start));
                return Remove(data, start, length);
            case 4: // truncate
                return data.AsSpan(0, c.Next(data.Length + 1)).ToArray();
            case 5: // delete a line
                return EditLines(data, lines => lines.RemoveAt(c.Next(lines.Count)));
            case 6: // duplicate a line (a duplicate key, a repeated list item)
                return EditLines(data, lines =>
                {
                    var at = c.Next(lines.Count);
                    lines.Insert(c.Next(lines.Count + 1), lines[at]);
                });
            case 7: // swap two lines
                return EditLines(data, lines =>
                {
                    var a = c.Next(lines.Count);
                    var b = c.Next(lines.Count);
                    (lines[a], lines[b]) = (lines[b], lines[a]);
                });
            case 8: // replace a value with one of the wrong type
                return EditLines(data, lines =>
                {
                    var at = FindLine(lines, c, l => l.Contains(':', StringComparison.Ordinal));
                    var line = lines[at];
                    var colon = line.IndexOf(':', StringComparison.Ordinal);
                    var replacement = c.Next(3) == 0 && _words.Length > 0 ? _words[c.Next(_words.Length)] : WrongValues[c.Next(WrongValues.Length)];
                    lines[at] = colon < 0 ? replacement : string.Concat(line.AsSpan(0, colon + 1), " ", replacement);
                });
            case 9: // delete a key and everything indented under it
                return EditLines(data, lines =>
                {
                    var at = FindLine(lines, c, l => l.TrimEnd().EndsWith(':') || l.Contains(": ", StringComparison.Ordinal));
                    var indent = Indent(lines[at]);
                    var end = at + 1;
                    while (end < lines.Count && (lines[end].Trim().Length == 0 || Indent(lines[end]) > indent))
                    {
                        end++;
                    }

                    lines.RemoveRange(at, end - at);
                });
            case 10: // insert a word or a hostile token somewhere
                var token = c.Next(2) == 0 && _words.Length > 0 ? _words[c.Next(_words.Length)] : WrongValues[c.Next(WrongValues.Length)];
                var separator = new[] { string.Empty, " ", ": ", "\n", "\n- ", ", " }[c.Next(6)];
                return Insert(data, c.Next(data.Length + 1), Encoding.UTF8.GetBytes(separator + token));
            case 11: // re-indent a line (more, less, or with a tab)
                return EditLines(data, lines =>
                {
                    var at = c.Next(lines.Count);
                    lines[at] = c.Next(3) switch
                    {
                        0 => "  " + lines[at],
                        1 => lines[at].Length >= 2 && lines[at].StartsWith("  ", StringComparison.Ordinal) ? lines[at].Substring(2) : lines[at],
                        _ => "\t" + lines[at],
                    };
                });
            case 12: // splice: this file's beginning with another's end
                if (_corpus.Count == 0)
                {
                    return data;
                }

                var other = _corpus[c.Next(_corpus.Count)];
                return data.AsSpan(0, c.Next(data.Length + 1)).ToArray().Concat(other.AsSpan(c.Next(other.Length + 1)).ToArray()).ToArray();
            case 13: // repeat a small piece many times (lists past their limit, a flood of mistakes)
                if (data.Length == 0)
                {
                    return data;
                }

                var from = c.Next(data.Length);
                var piece = data.AsSpan(from, 1 + c.Next(Math.Min(64, data.Length - from))).ToArray();
                var times = 1 + c.Next(c.Next(2) == 0 ? 16 : 20_000);
                var repeated = new byte[Math.Min(MaxOutputBytes, piece.Length * times)];
                for (var i = 0; i < repeated.Length; i++)
                {
                    repeated[i] = piece[i % piece.Length];
                }

                return Insert(data, from, repeated);
            case 14: // nest deeply
                var depth = 1 + c.Next(c.Next(2) == 0 ? 40 : 200_000);
                var unit = new[] { "[", "{a: ", "- ", "{\"a\": [" }[c.Next(4)];
                return Insert(data, c.Next(data.Length + 1), Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(unit, Math.Min(depth, MaxOutputBytes / unit.Length)))));
            case 15: // replace a line's key with a word from the vocabulary (a key in the wrong place)
                return EditLines(data, lines =>
                {
                    if (_words.Length == 0)
                    {
                        return;
                    }

                    var at = FindLine(lines, c, l => l.Contains(':', StringComparison.Ordinal));
                    var line = lines[at];
                    var colon = line.IndexOf(':', StringComparison.Ordinal);
                    var indent = line.Substring(0, Indent(line));
                    var dash = line.TrimStart().StartsWith("- ", StringComparison.Ordinal) ? "- " : string.Empty;
                    lines[at] = indent + dash + _words[c.Next(_words.Length)] + (colon < 0 ? ": x" : line.Substring(colon));
                });
            default: // copy a block of lines elsewhere (a duplicated mapping, a list item moved into another)
                return EditLines(data, lines =>
                {
                    var at = c.Next(lines.Count);
                    var length = 1 + c.Next(Math.Min(20, lines.Count - at));
                    lines.InsertRange(c.Next(lines.Count + 1), lines.GetRange(at, length));
                });
        }
    }

    private static int FindLine(List<string> lines, IChoices c, Func<string, bool> wanted)
    {
        var start = c.Next(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var at = (start + i) % lines.Count;
            if (wanted(lines[at]))
            {
                return at;
            }
        }

        return start;
    }

    private static int Indent(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        return i;
    }

    /// <summary>Edits the file as lines of text. Invalid UTF-8 survives as replacement characters, which is fine here.</summary>
    private static byte[] EditLines(byte[] data, Action<List<string>> edit)
    {
        var lines = Encoding.UTF8.GetString(data).Split('\n').ToList();
        edit(lines);
        if (lines.Count == 0)
        {
            return Array.Empty<byte>();
        }

        return Encoding.UTF8.GetBytes(string.Join("\n", lines));
    }

    private static byte[] Insert(byte[] data, int at, byte[] inserted)
    {
        var result = new byte[data.Length + inserted.Length];
        Buffer.BlockCopy(data, 0, result, 0, at);
        Buffer.BlockCopy(inserted, 0, result, at, inserted.Length);
        Buffer.BlockCopy(data, at, result, at + inserted.Length, data.Length - at);
        return result;
    }

    private static byte[] Remove(byte[] data, int start, int length)
    {
        var result = new byte[data.Length - length];
        Buffer.BlockCopy(data, 0, result, 0, start);
        Buffer.BlockCopy(data, start + length, result, start, data.Length - start - length);
        return result;
    }
}
