using System.Collections.Generic;
using System.IO;
using System.Linq;
using PartnershipRules.Cases;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Model;

namespace PartnershipRules.Cli;

/// <summary>
/// One case file of a <c>check</c> run, read before the report is written so that every broken case is known up front
/// (SARIF declares its diagnostics before any result). Its facts are kept only while the files read so far are small;
/// past that they are read again when the case's turn comes, so checking many large cases holds one at a time.
/// </summary>
internal sealed class CheckedCase
{
    /// <summary>How many bytes of case files a run keeps read; a typical case is a few kilobytes.</summary>
    public const long KeptBytes = 4 << 20;

    private readonly string _argument;
    private PartnershipCase? _case;

    private CheckedCase(string argument, CaseLoadResult load, bool keep)
    {
        _argument = argument;
        Name = CaseInput.DisplayName(argument);
        Diagnostics = load.Diagnostics;
        HasErrors = load.HasErrors;
        _case = keep ? load.Case : null;
    }

    /// <summary>The case as named in reports.</summary>
    public string Name { get; }

    /// <summary>What reading it reported.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether it could not be read.</summary>
    public bool HasErrors { get; }

    /// <summary>Reads the case files in the order given.</summary>
    public static IReadOnlyList<CheckedCase> ReadAll(IEnumerable<string> arguments, CaseInput input, DocumentLimits limits)
    {
        var read = 0L;
        var cases = new List<CheckedCase>();
        foreach (var argument in arguments)
        {
            // Standard input cannot be read twice, so its case is always kept.
            read += argument == CaseInput.StandardInputArgument ? 0 : Length(argument);
            cases.Add(new CheckedCase(argument, input.Load(argument, limits), keep: read <= KeptBytes || argument == CaseInput.StandardInputArgument));
        }

        return cases;
    }

    /// <summary>
    /// The case's facts, read again if they were not kept; gives them up, so each is held only while evaluated. Null,
    /// with the reason in <paramref name="diagnostics"/>, when the file no longer reads (it changed during the run).
    /// </summary>
    public PartnershipCase? Take(CaseInput input, DocumentLimits limits, out IReadOnlyList<Diagnostic> diagnostics)
    {
        diagnostics = System.Array.Empty<Diagnostic>();
        var taken = _case;
        _case = null;
        if (taken is not null)
        {
            return taken;
        }

        var again = input.Load(_argument, limits);
        diagnostics = again.Diagnostics.Where(d => d.IsError).ToList();
        return again.HasErrors ? null : again.Case;
    }

    private static long Length(string path)
    {
        try
        {
            // A link's own length is that of the path it holds: what counts is the file it leads to.
            var file = new FileInfo(path);
            return (file.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? file).Length;
        }
        catch (System.Exception ex) when (ex is IOException or System.UnauthorizedAccessException or System.ArgumentException or System.NotSupportedException)
        {
            // Reading it will say what is wrong; here it only counts as nothing kept.
            return 0;
        }
    }
}
