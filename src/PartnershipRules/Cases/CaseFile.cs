using System;
using System.Collections.Generic;
using System.Text;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Evaluation;

namespace PartnershipRules.Cases;

/// <summary>
/// Reads partnership case files (YAML or JSON). A case file is a mapping with one key, <c>partnership</c>, holding
/// the facts; any fact may be written <c>unknown</c>, and a fact left out is "not recorded". Every mistake is reported
/// with file, line and column; a case with errors is not returned at all, so nothing is evaluated half-read.
/// </summary>
public static class CaseFile
{
    /// <summary>Reads a case file from disk.</summary>
    /// <param name="path">The file path, as it should appear in messages.</param>
    /// <returns>The case, or the diagnostics that explain why there is none.</returns>
    public static CaseLoadResult Load(string path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        return Bind(DocumentReader.ReadFile(path, DocumentLimits.CaseFiles), path);
    }

    /// <summary>Reads a case from YAML or JSON text.</summary>
    /// <param name="name">The name to use in messages.</param>
    /// <param name="text">The YAML or JSON text.</param>
    /// <returns>The case, or the diagnostics that explain why there is none.</returns>
    public static CaseLoadResult Parse(string name, string text)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return Bind(DocumentReader.Read(name, Encoding.UTF8.GetBytes(text), DocumentLimits.CaseFiles), name);
    }

    private static CaseLoadResult Bind(DocumentReadResult read, string path)
    {
        if (read.Root is null)
        {
            return new CaseLoadResult(null, read.Diagnostics);
        }

        var diagnostics = new List<Diagnostic>();
        var binder = new CaseBinder(diagnostics);
        var partnership = binder.BindRoot(read.Root);
        var suppressions = (read.Root as DocMapping)?.Find("suppressions") is { } node ? SuppressionReader.Read(node.Value, diagnostics) : new List<Suppression>();
        return partnership is null || diagnostics.Exists(d => d.IsError)
            ? new CaseLoadResult(null, diagnostics)
            : new CaseLoadResult(new PartnershipCase(partnership, new CaseSourceMap(path, binder.Locations), suppressions), diagnostics);
    }
}
