using System;
using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Diagnostics;

namespace PartnershipRules.Documents;

/// <summary>Reads the keys of one mapping of a rule file, reporting unknown, missing and mistyped keys.</summary>
internal sealed class MappingReader
{
    private readonly DocMapping _mapping;
    private readonly string _what;
    private readonly List<Diagnostic> _diagnostics;

    public MappingReader(DocMapping mapping, string what, IReadOnlyCollection<string> allowedKeys, List<Diagnostic> diagnostics)
    {
        _mapping = mapping;
        _what = what;
        _diagnostics = diagnostics;
        foreach (var entry in mapping.Entries)
        {
            if (!allowedKeys.Contains(entry.Key.Value))
            {
                diagnostics.Add(DiagnosticDescriptors.UnknownKey.Create(entry.Key.Location, entry.Key.Value, what, Suggest(entry.Key.Value, allowedKeys), string.Join(", ", allowedKeys)));
                HasErrors = true;
            }
        }
    }

    public bool HasErrors { get; private set; }

    public DocNode? Node(string key) => _mapping.Find(key)?.Value;

    public string? String(string key, bool required)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                Fail(DiagnosticDescriptors.MissingKey.Create(_mapping.Location, _what, key));
            }

            return null;
        }

        if (node is DocScalar { IsNull: false } scalar)
        {
            return scalar.Value;
        }

        Fail(DiagnosticDescriptors.WrongType.Create(node.Location, key, "text"));
        return null;
    }

    public bool? Boolean(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is DocScalar { IsPlain: true } scalar && (scalar.Value == "true" || scalar.Value == "false"))
        {
            return scalar.Value == "true";
        }

        Fail(DiagnosticDescriptors.WrongType.Create(node.Location, key, "true or false"));
        return null;
    }

    public IReadOnlyList<DocScalar> StringList(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return Array.Empty<DocScalar>();
            case DocSequence sequence:
                var items = new List<DocScalar>();
                foreach (var item in sequence.Items)
                {
                    if (item is DocScalar { IsNull: false } scalar)
                    {
                        items.Add(scalar);
                    }
                    else
                    {
                        Fail(DiagnosticDescriptors.WrongType.Create(item.Location, key, "a list of text values"));
                    }
                }

                return items;
            default:
                Fail(DiagnosticDescriptors.WrongType.Create(node.Location, key, "a list of text values"));
                return Array.Empty<DocScalar>();
        }
    }

    public IReadOnlyList<DocMapping> MappingList(string key, bool required)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                Fail(DiagnosticDescriptors.MissingKey.Create(_mapping.Location, _what, key));
            }

            return Array.Empty<DocMapping>();
        }

        if (node is not DocSequence sequence)
        {
            Fail(DiagnosticDescriptors.WrongType.Create(node.Location, key, "a list of mappings"));
            return Array.Empty<DocMapping>();
        }

        var items = new List<DocMapping>();
        foreach (var item in sequence.Items)
        {
            if (item is DocMapping mapping)
            {
                items.Add(mapping);
            }
            else
            {
                Fail(DiagnosticDescriptors.WrongType.Create(item.Location, key, "a list of mappings"));
            }
        }

        return items;
    }

    /// <summary>Reads an enumeration value spelt as in files; <paramref name="allowed"/> narrows the values accepted.</summary>
    public TEnum? Enum<TEnum>(string key, bool required, IReadOnlyList<TEnum>? allowed = null)
        where TEnum : struct, Enum
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (Spelling.TryParse<TEnum>(text, out var value) && (allowed is null || allowed.Contains(value)))
        {
            return value;
        }

        var names = allowed is null ? Spelling.All<TEnum>() : allowed.Select(Spelling.Of).ToList();
        Fail(DiagnosticDescriptors.InvalidValue.Create(Node(key)!.Location, text, key, "Use one of: " + string.Join(", ", names) + "."));
        return null;
    }

    /// <summary>Marks the mapping as failed when a nested reader already reported why.</summary>
    public void MarkFailed() => HasErrors = true;

    public void Fail(Diagnostic diagnostic)
    {
        _diagnostics.Add(diagnostic);
        if (diagnostic.IsError)
        {
            HasErrors = true;
        }
    }

    internal static string Suggest(string given, IEnumerable<string> candidates)
    {
        var best = candidates
            .Select(c => (Candidate: c, Distance: Distance(given.ToUpperInvariant(), c.ToUpperInvariant())))
            .OrderBy(x => x.Distance)
            .FirstOrDefault();
        return best.Candidate is not null && best.Distance <= Math.Max(2, given.Length / 3) ? " Did you mean '" + best.Candidate + "'?" : string.Empty;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
