using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using PartnershipRules.Diagnostics;

namespace PartnershipRules.Documents;

/// <summary>
/// The front door every file format shares (case files, configuration files): a document from a path, a stream or
/// text, read within limits, then bound to a model with a diagnostic bag of the limits' bound. Each format supplies
/// only its binding, so the checks, the limits and the budget cannot differ from one format to another.
/// </summary>
internal static class DocumentInput
{
    public static DocumentReadResult FromFile(string path, DocumentLimits limits)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        return DocumentReader.ReadFile(path, limits ?? throw new ArgumentNullException(nameof(limits)));
    }

    public static DocumentReadResult FromStream(string name, Stream content, DocumentLimits limits)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (content is null)
        {
            throw new ArgumentNullException(nameof(content));
        }

        return DocumentReader.ReadStream(name, content, limits ?? throw new ArgumentNullException(nameof(limits)));
    }

    public static DocumentReadResult FromText(string name, string text, DocumentLimits limits)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return DocumentReader.Read(name, Encoding.UTF8.GetBytes(text), limits ?? throw new ArgumentNullException(nameof(limits)));
    }

    /// <summary>
    /// Binds a document that was read: <paramref name="failed"/> when it could not be read, else
    /// <paramref name="bind"/> with a bag that already holds the reader's notes; a binding that reports more than the
    /// limits allow stops with PR0015 and gives <paramref name="failed"/> too.
    /// </summary>
    public static TResult Bind<TResult>(DocumentReadResult read, string name, DocumentLimits limits, Func<DocNode, DiagnosticBag, TResult> bind, Func<IReadOnlyList<Diagnostic>, TResult> failed)
    {
        if (read.Root is not { } root)
        {
            return failed(read.Diagnostics);
        }

        return DiagnosticBag.Collect(
            limits.EffectiveMaxDiagnostics,
            bag =>
            {
                bag.AddRange(read.Diagnostics);
                return bind(root, bag);
            },
            failed,
            new SourceLocation(name, 1, 1));
    }
}
