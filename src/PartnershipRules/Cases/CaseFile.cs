using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Model;

namespace PartnershipRules.Cases;

/// <summary>
/// Reads partnership case files (YAML or JSON). A case file is a mapping with one key, <c>partnership</c>, holding
/// the facts; any fact may be written <c>unknown</c>, and a fact left out is "not recorded". Every mistake is reported
/// with file, line and column; a case with errors is not returned at all, so nothing is evaluated half-read.
/// </summary>
public static class CaseFile
{
    /// <summary>Reads a case file from disk, within <see cref="DocumentLimits.CaseFiles"/>.</summary>
    /// <param name="path">The file path, as it should appear in messages.</param>
    /// <returns>The case, or the diagnostics that explain why there is none.</returns>
    public static CaseLoadResult Load(string path) => Load(path, DocumentLimits.CaseFiles);

    /// <summary>Reads a case file from disk within the given limits.</summary>
    /// <param name="path">The file path, as it should appear in messages.</param>
    /// <param name="limits">The bounds on size, depth, values and value length.</param>
    /// <returns>The case, or the diagnostics that explain why there is none.</returns>
    public static CaseLoadResult Load(string path, DocumentLimits limits) => Bind(DocumentInput.FromFile(path, limits), path, limits);

    /// <summary>
    /// Reads a case from a stream of UTF-8 YAML or JSON (standard input, a request body), within
    /// <see cref="DocumentLimits.CaseFiles"/>. At most the size limit (plus one byte) is read: a longer stream is
    /// refused without being read to its end. The stream is not closed.
    /// </summary>
    /// <param name="name">The name to use in messages.</param>
    /// <param name="content">The stream.</param>
    /// <returns>The case, or the diagnostics that explain why there is none.</returns>
    public static CaseLoadResult Load(string name, Stream content) => Load(name, content, DocumentLimits.CaseFiles);

    /// <summary>Reads a case from a stream of UTF-8 YAML or JSON within the given limits. The stream is not closed.</summary>
    /// <param name="name">The name to use in messages.</param>
    /// <param name="content">The stream.</param>
    /// <param name="limits">The bounds on size, depth, values and value length.</param>
    /// <returns>The case, or the diagnostics that explain why there is none.</returns>
    public static CaseLoadResult Load(string name, Stream content, DocumentLimits limits) => Bind(DocumentInput.FromStream(name, content, limits), name, limits);

    /// <summary>Reads a case from YAML or JSON text, within <see cref="DocumentLimits.CaseFiles"/>.</summary>
    /// <param name="name">The name to use in messages.</param>
    /// <param name="text">The YAML or JSON text.</param>
    /// <returns>The case, or the diagnostics that explain why there is none.</returns>
    public static CaseLoadResult Parse(string name, string text) => Parse(name, text, DocumentLimits.CaseFiles);

    /// <summary>Reads a case from YAML or JSON text within the given limits (the size limit counts UTF-8 bytes).</summary>
    /// <param name="name">The name to use in messages.</param>
    /// <param name="text">The YAML or JSON text.</param>
    /// <param name="limits">The bounds on size, depth, values and value length.</param>
    /// <returns>The case, or the diagnostics that explain why there is none.</returns>
    public static CaseLoadResult Parse(string name, string text, DocumentLimits limits) => Bind(DocumentInput.FromText(name, text, limits), name, limits);

    private static CaseLoadResult Bind(DocumentReadResult read, string path, DocumentLimits limits) =>
        DocumentInput.Bind(read, path, limits, (root, diagnostics) => Bind(root, path, diagnostics), diagnostics => new CaseLoadResult(null, diagnostics));

    private static CaseLoadResult Bind(DocNode root, string path, DiagnosticBag diagnostics)
    {
        var binder = new CaseBinder(diagnostics);
        var partnership = binder.BindRoot(root);
        var suppressions = (root as DocMapping)?.Find("suppressions") is { } node ? SuppressionReader.Read(node.Value, diagnostics) : new List<Suppression>();
        return partnership is null || diagnostics.HasErrors
            ? new CaseLoadResult(null, diagnostics.ToList())
            : new CaseLoadResult(new PartnershipCase(partnership, new CaseSourceMap(path, binder.Locations), suppressions), diagnostics.ToList());
    }
}
