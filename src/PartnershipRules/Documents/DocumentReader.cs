using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PartnershipRules.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PartnershipRules.Documents;

/// <summary>
/// Reads a YAML (or JSON, which YAML contains) file into <see cref="DocNode"/>s in one non-recursive pass over the
/// parser's events, enforcing <see cref="DocumentLimits"/> as it goes; a document that is JSON is read by
/// <see cref="JsonDocumentReader"/> instead, into the same nodes. Deep nesting, alias bombs, huge values, tags and
/// duplicate keys are refused before any model is built.
/// </summary>
internal static class DocumentReader
{

    public static DocumentReadResult ReadFile(string path, DocumentLimits limits)
    {
        var start = new SourceLocation(path, 1, 1);
        byte[]? bytes;
        try
        {
            if (!File.Exists(path))
            {
                return DocumentReadResult.Failed(Diagnostic.Create(DiagnosticDescriptors.FileUnreadable, start, Directory.Exists(path) ? "it is a directory, not a file" : "no such file"));
            }

            bytes = SpecialFiles.ReadAtMost(path, limits.EffectiveMaxFileBytes);
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            return DocumentReadResult.Failed(Diagnostic.Create(DiagnosticDescriptors.FileUnreadable, start, ex.Message));
        }

        return bytes is null ? DocumentReadResult.Failed(TooLarge(start, SizeOf(path), limits)) : Read(path, bytes, limits);
    }

    private static long? SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length is var length and > 0 ? length : null;
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            return null;
        }
    }

    /// <summary>
    /// Reads a document from a stream, never holding more than <see cref="DocumentLimits.MaxFileBytes"/> (plus one
    /// byte) in memory: a pipe, a device or a file that grows while it is read is cut off at the limit and refused.
    /// </summary>
    public static DocumentReadResult ReadStream(string name, Stream stream, DocumentLimits limits)
    {
        var start = new SourceLocation(name, 1, 1);
        var max = limits.EffectiveMaxFileBytes;
        byte[]? bytes;
        try
        {
            if (stream.CanSeek && stream.Length - stream.Position > max)
            {
                return DocumentReadResult.Failed(TooLarge(start, stream.Length - stream.Position, limits));
            }

            bytes = ReadAtMost(stream, max);
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            return DocumentReadResult.Failed(Diagnostic.Create(DiagnosticDescriptors.FileUnreadable, start, ex.Message));
        }

        return bytes is null ? DocumentReadResult.Failed(TooLarge(start, null, limits)) : Read(name, bytes, limits);
    }

    /// <summary>The failures of opening or reading a file or stream that are the input's fault, not a bug.</summary>
    internal static bool IsReadFailure(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException;

    /// <summary>Up to <paramref name="max"/> bytes of the stream; <see langword="null"/> when it holds more.</summary>
    internal static byte[]? ReadAtMost(Stream stream, int max)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, max + 1L - total))) > 0)
        {
            buffer.Write(chunk, 0, read);
            total += read;
            if (total > max)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    public static DocumentReadResult Read(string path, byte[] bytes, DocumentLimits limits)
    {
        var start = new SourceLocation(path, 1, 1);
        if (bytes.Length > limits.EffectiveMaxFileBytes)
        {
            return DocumentReadResult.Failed(TooLarge(start, bytes.Length, limits));
        }

        if (Utf8Text.Decode(path, bytes, bytes.Length, firstLine: 1, out var notUtf8) is not { } text)
        {
            return DocumentReadResult.Failed(notUtf8!);
        }

        // A byte-order mark is harmless and many Windows editors write one: it is skipped, and said so, because
        // nothing the user gave is changed silently.
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            var read = ReadText(path, text.Substring(1), limits);
            return new DocumentReadResult(read.Root, new[] { Diagnostic.Create(DiagnosticDescriptors.ByteOrderMark, start) }.Concat(read.Diagnostics).ToList());
        }

        return ReadText(path, text, limits);
    }

    private static Diagnostic TooLarge(SourceLocation start, long? size, DocumentLimits limits) =>
        Diagnostic.Create(DiagnosticDescriptors.FileTooLarge, 
            start,
            size is { } known ? known.ToString("N0", CultureInfo.InvariantCulture) : "more than " + limits.EffectiveMaxFileBytes.ToString("N0", CultureInfo.InvariantCulture),
            limits.EffectiveMaxFileBytes);

    public static DocumentReadResult ReadText(string path, string text, DocumentLimits limits)
    {
        return JsonDocumentReader.TryRead(path, text, limits) ?? ReadYaml(path, text, limits);
    }

    /// <summary>Reads the text with the YAML parser, whatever it is (the JSON reader's tests compare the two).</summary>
    internal static DocumentReadResult ReadYaml(string path, string text, DocumentLimits limits)
    {
        try
        {
            var scanner = new Scanner(new StringReader(text), skipComments: true);
            return new Builder(path, limits).Build(new Parser(scanner), scanner);
        }
        catch (YamlException ex)
        {
            var location = new SourceLocation(path, Math.Max(1, (int)ex.Start.Line), Math.Max(1, (int)ex.Start.Column));
            return DocumentReadResult.Failed(TabIndentation(path, text, location) ?? Diagnostic.Create(DiagnosticDescriptors.SyntaxError, location, CleanMessage(ex.Message)));
        }
    }

    /// <summary>
    /// YAML forbids tabs in indentation, and the parser's own message for them is cryptic. When a syntax error falls
    /// next to a line indented with a tab (the parser may report the line before it), say that instead, at the tab.
    /// </summary>
    private static Diagnostic? TabIndentation(string path, string text, SourceLocation error)
    {
        var lines = text.Split('\n');
        for (var line = Math.Max(1, error.Line - 1); line <= Math.Min(error.Line + 1, lines.Length); line++)
        {
            var content = lines[line - 1];
            for (var column = 0; column < content.Length && (content[column] == ' ' || content[column] == '\t'); column++)
            {
                if (content[column] == '\t')
                {
                    return Diagnostic.Create(DiagnosticDescriptors.TabIndentation, new SourceLocation(path, line, column + 1));
                }
            }
        }

        return null;
    }

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; our location says that already.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(cut + 3) : message;
    }

    private sealed class Builder
    {
        private readonly string _path;
        private readonly DocumentLimits _limits;
        private readonly Stack<Frame> _stack = new();
        private int _nodes;

        public Builder(string path, DocumentLimits limits)
        {
            _path = path;
            _limits = limits;
        }

        public DocumentReadResult Build(IParser parser, IScanner scanner)
        {
            DocNode? root = null;
            var documents = 0;
            while (true)
            {
                try
                {
                    if (!parser.MoveNext())
                    {
                        break;
                    }
                }
                catch (Exception ex) when (ex is not YamlException and not OutOfMemoryException)
                {
                    // YamlDotNet 18.1.0 throws InvalidOperationException on some malformed plain scalars in flow
                    // context and ArgumentOutOfRangeException on some escaped surrogate pairs (both found by the fuzz
                    // harness; see Fixtures/fuzz-regressions). Whatever the parser throws on input it cannot read is a
                    // syntax error at the place it stopped, never an exception for the caller.
                    return DocumentReadResult.Failed(Diagnostic.Create(DiagnosticDescriptors.SyntaxError, At(scanner.CurrentPosition), "the parser cannot read on from here; check the quoting, brackets and escapes around this point."));
                }

                var current = parser.Current!;
                switch (current)
                {
                    case StreamStart or StreamEnd or DocumentEnd:
                        break;
                    case DocumentStart:
                        if (++documents > 1)
                        {
                            return DocumentReadResult.Failed(Diagnostic.Create(DiagnosticDescriptors.DocumentCount, At(current.Start), "more than one ('---' starts another); put one document in each file"));
                        }

                        break;
                    case AnchorAlias alias:
                        return DocumentReadResult.Failed(Diagnostic.Create(DiagnosticDescriptors.AliasNotAllowed, At(alias.Start), "*" + alias.Value));
                    case NodeEvent node:
                        if (Check(node) is { } refused)
                        {
                            return DocumentReadResult.Failed(refused);
                        }

                        if (Accept(node, ref root) is { } error)
                        {
                            return DocumentReadResult.Failed(error);
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        var frame = _stack.Pop();
                        if (Attach(frame.Complete(), ref root) is { } attachError)
                        {
                            return DocumentReadResult.Failed(attachError);
                        }

                        break;
                }
            }

            return root is null
                ? DocumentReadResult.Failed(Diagnostic.Create(DiagnosticDescriptors.DocumentCount, new SourceLocation(_path, 1, 1), "none: it is empty"))
                : new DocumentReadResult(root, Array.Empty<Diagnostic>());
        }

        private Diagnostic? Check(NodeEvent node)
        {
            if (!node.Anchor.IsEmpty)
            {
                return Diagnostic.Create(DiagnosticDescriptors.AliasNotAllowed, At(node.Start), "&" + node.Anchor.Value);
            }

            if (!node.Tag.IsEmpty)
            {
                return Diagnostic.Create(DiagnosticDescriptors.TagNotAllowed, At(node.Start), node.Tag.Value);
            }

            if (++_nodes > _limits.EffectiveMaxNodes)
            {
                return Diagnostic.Create(DiagnosticDescriptors.TooManyNodes, At(node.Start), _limits.EffectiveMaxNodes);
            }

            return null;
        }

        private Diagnostic? Accept(NodeEvent node, ref DocNode? root)
        {
            switch (node)
            {
                case Scalar scalar:
                    if (scalar.Value.Length > _limits.EffectiveMaxScalarLength)
                    {
                        return Diagnostic.Create(DiagnosticDescriptors.ScalarTooLong, At(scalar.Start), scalar.Value.Length, _limits.EffectiveMaxScalarLength);
                    }

                    return Attach(new DocScalar(At(scalar.Start), scalar.Value, scalar.Style == ScalarStyle.Plain), ref root);
                case MappingStart or SequenceStart:
                    if (_stack.Count >= _limits.EffectiveMaxDepth)
                    {
                        return Diagnostic.Create(DiagnosticDescriptors.TooDeep, At(node.Start), _limits.EffectiveMaxDepth);
                    }

                    if (_stack.Count > 0 && _stack.Peek() is MappingFrame { ExpectingKey: true })
                    {
                        return Diagnostic.Create(DiagnosticDescriptors.ComplexKey, At(node.Start));
                    }

                    _stack.Push(node is MappingStart ? new MappingFrame(At(node.Start)) : new SequenceFrame(At(node.Start), _limits.EffectiveMaxListItems));
                    return null;
                default:
                    return null;
            }
        }

        private Diagnostic? Attach(DocNode node, ref DocNode? root)
        {
            if (_stack.Count == 0)
            {
                root = node;
                return null;
            }

            return _stack.Peek().Add(node);
        }

        private SourceLocation At(Mark mark) => new(_path, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));
    }
}

internal sealed class DocumentReadResult
{
    public DocumentReadResult(DocNode? root, IReadOnlyList<Diagnostic> diagnostics)
    {
        Root = root;
        Diagnostics = diagnostics;
    }

    public DocNode? Root { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public static DocumentReadResult Failed(Diagnostic diagnostic) => new(null, new[] { diagnostic });
}
