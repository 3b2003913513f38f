using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using PartnershipRules.Diagnostics;

namespace PartnershipRules.Documents;

/// <summary>
/// Reads a document that is JSON with System.Text.Json's reader, into the same <see cref="DocNode"/>s, with the same
/// limits, the same diagnostics and the same line and column as <see cref="DocumentReader"/> gives it through the YAML
/// parser (JSON is YAML), at about a tenth of the cost: a batch of JSON lines or a JSON case file spent most of its
/// reading time in the YAML scanner. Text that is not JSON is left to the YAML reader, which reports what is wrong in
/// YAML's terms, so a YAML flow mapping (<c>{name: A}</c>) still reads as before.
/// </summary>
internal static class JsonDocumentReader
{
    /// <summary>The document, or null when the text is not a JSON object or array (the YAML reader then reads it).</summary>
    public static DocumentReadResult? TryRead(string path, string text, DocumentLimits limits)
    {
        if (!StartsLikeJson(text))
        {
            return null;
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        try
        {
            return new Builder(path, bytes, limits).Build();
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Not JSON, or JSON the reader will not decode (an escaped lone surrogate): the YAML reader reads it and
            // says where it goes wrong, as before.
            return null;
        }
    }

    private static bool StartsLikeJson(string text)
    {
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                continue;
            }

            return c is '{' or '[';
        }

        return false;
    }

    private sealed class Builder
    {
        private readonly string _path;
        private readonly byte[] _bytes;
        private readonly DocumentLimits _limits;
        private readonly Stack<Frame> _stack = new();
        private int _nodes;

        // Where the last location was computed: tokens come in order, so lines and columns are counted once.
        private int _scanned;
        private int _line = 1;
        private int _column = 1;

        public Builder(string path, byte[] bytes, DocumentLimits limits)
        {
            _path = path;
            _bytes = bytes;
            _limits = limits;
        }

        public DocumentReadResult Build()
        {
            // The reader's own depth limit sits above ours, so ours is the one a deep document meets.
            var reader = new Utf8JsonReader(_bytes, new JsonReaderOptions { MaxDepth = _limits.EffectiveMaxDepth + 2, CommentHandling = JsonCommentHandling.Disallow });
            DocNode? root = null;
            while (reader.Read())
            {
                var at = At((int)reader.TokenStartIndex);
                Diagnostic? refused;
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        if (++_nodes > _limits.EffectiveMaxNodes)
                        {
                            return DocumentReadResult.Failed(Diagnostic.Create(DiagnosticDescriptors.TooManyNodes, at, _limits.EffectiveMaxNodes));
                        }

                        if (_stack.Count >= _limits.EffectiveMaxDepth)
                        {
                            return DocumentReadResult.Failed(Diagnostic.Create(DiagnosticDescriptors.TooDeep, at, _limits.EffectiveMaxDepth));
                        }

                        _stack.Push(reader.TokenType == JsonTokenType.StartObject ? new MappingFrame(at) : new SequenceFrame(at, _limits.EffectiveMaxListItems));
                        refused = null;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        refused = Attach(_stack.Pop().Complete(), ref root);
                        break;
                    case JsonTokenType.PropertyName or JsonTokenType.String:
                        refused = Scalar(at, reader.GetString()!, isPlain: false, ref root);
                        break;
                    default:
                        // Numbers, true, false and null: their text as written, unquoted, as YAML reads them.
                        refused = Scalar(at, Encoding.UTF8.GetString(reader.ValueSpan.ToArray()), isPlain: true, ref root);
                        break;
                }

                if (refused is not null)
                {
                    return DocumentReadResult.Failed(refused);
                }
            }

            return root is null
                ? DocumentReadResult.Failed(Diagnostic.Create(DiagnosticDescriptors.DocumentCount, new SourceLocation(_path, 1, 1), "none: it is empty"))
                : new DocumentReadResult(root, Array.Empty<Diagnostic>());
        }

        private Diagnostic? Scalar(SourceLocation at, string value, bool isPlain, ref DocNode? root)
        {
            if (++_nodes > _limits.EffectiveMaxNodes)
            {
                return Diagnostic.Create(DiagnosticDescriptors.TooManyNodes, at, _limits.EffectiveMaxNodes);
            }

            if (value.Length > _limits.EffectiveMaxScalarLength)
            {
                return Diagnostic.Create(DiagnosticDescriptors.ScalarTooLong, at, value.Length, _limits.EffectiveMaxScalarLength);
            }

            return Attach(new DocScalar(at, value, isPlain), ref root);
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

        private SourceLocation At(int offset)
        {
            Utf8Text.Advance(_bytes, _scanned, offset, ref _line, ref _column);
            _scanned = Math.Max(_scanned, offset);
            return new SourceLocation(_path, _line, _column);
        }
    }
}
