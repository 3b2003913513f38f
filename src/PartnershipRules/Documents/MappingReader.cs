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
    private readonly DiagnosticBag _diagnostics;

    public MappingReader(DocMapping mapping, string what, IReadOnlyCollection<string> allowedKeys, DiagnosticBag diagnostics)
    {
        _mapping = mapping;
        _what = what;
        _diagnostics = diagnostics;
        foreach (var entry in mapping.Entries)
        {
            if (!allowedKeys.Contains(entry.Key.Value))
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnknownKey, entry.Key.Location, entry.Key.Value, what, Spelling.DidYouMean(entry.Key.Value, allowedKeys), string.Join(", ", allowedKeys)));
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
                Fail(Diagnostic.Create(DiagnosticDescriptors.MissingKey, _mapping.Location, _what, key));
            }

            return null;
        }

        if (node is DocScalar { IsNull: false } scalar)
        {
            return scalar.Value;
        }

        Fail(Diagnostic.Create(DiagnosticDescriptors.WrongType, node.Location, key, "text"));
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

        Fail(Diagnostic.Create(DiagnosticDescriptors.WrongType, node.Location, key, "true or false"));
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
                        Fail(Diagnostic.Create(DiagnosticDescriptors.WrongType, item.Location, key, "a list of text values"));
                    }
                }

                return items;
            default:
                Fail(Diagnostic.Create(DiagnosticDescriptors.WrongType, node.Location, key, "a list of text values"));
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
                Fail(Diagnostic.Create(DiagnosticDescriptors.MissingKey, _mapping.Location, _what, key));
            }

            return Array.Empty<DocMapping>();
        }

        if (node is not DocSequence sequence)
        {
            Fail(Diagnostic.Create(DiagnosticDescriptors.WrongType, node.Location, key, "a list of mappings"));
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
                Fail(Diagnostic.Create(DiagnosticDescriptors.WrongType, item.Location, key, "a list of mappings"));
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
        Fail(Diagnostic.Create(DiagnosticDescriptors.InvalidValue, Node(key)!.Location, text, key, "Use one of: " + string.Join(", ", names) + "."));
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
}
