using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace PartnershipRules.Reporting;

/// <summary>
/// One JSON document written to a text writer a piece at a time: the writer buffers until <see cref="Drain"/>, which
/// the report writers call after each case, so a report of many cases never holds more than one case's JSON.
/// </summary>
internal sealed class ChunkedJsonOutput : IDisposable
{
    /// <summary>How much <see cref="DrainWhenFull"/> lets build up: small enough to stay off the large-object heap.</summary>
    private const int Chunk = 32 * 1024;

    private readonly MemoryStream _buffer = new();
    private readonly TextWriter _output;
    private char[] _characters = Array.Empty<char>();

    public ChunkedJsonOutput(TextWriter output, bool indented)
    {
        _output = output;
        Json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = indented, Encoder = JsonEncoding.Encoder });
    }

    /// <summary>The JSON writer; everything it writes reaches the output at the next <see cref="Drain"/>.</summary>
    public Utf8JsonWriter Json { get; }

    /// <summary>Like <see cref="Drain"/>, once a chunk's worth is waiting: call it between the parts of a large case.</summary>
    public void DrainWhenFull()
    {
        if (Json.BytesPending + _buffer.Length >= Chunk)
        {
            Drain();
        }
    }

    /// <summary>Passes what has been written so far to the output and empties the buffer.</summary>
    /// <remarks>
    /// The JSON writer only ever flushes whole tokens, so the bytes handed on never split a character and can be
    /// decoded on their own.
    /// </remarks>
    public void Drain()
    {
        Json.Flush();
        if (_buffer.Length == 0)
        {
            return;
        }

        var length = (int)_buffer.Length;
        if (_characters.Length < length)
        {
            _characters = new char[Math.Max(length, Chunk)];
        }

        var count = Encoding.UTF8.GetChars(_buffer.GetBuffer(), 0, length, _characters, 0);
        _output.Write(_characters, 0, count);
        _buffer.SetLength(0);
    }

    public void Dispose()
    {
        Json.Dispose();
        _buffer.Dispose();
    }
}
