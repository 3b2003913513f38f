using System;
using System.IO;
using PartnershipRules.Cases;
using PartnershipRules.Documents;

namespace PartnershipRules.Cli;

/// <summary>
/// Where the commands read case files from: a path, or <c>-</c> for standard input (named <c>&lt;stdin&gt;</c> in
/// diagnostics). Standard input is read through the same bounded reader as a file: at most the case-file size limit
/// plus one byte, so a huge or endless pipe is refused without being read to its end.
/// </summary>
internal sealed class CaseInput
{
    /// <summary>The argument that names standard input.</summary>
    public const string StandardInputArgument = "-";

    /// <summary>The name standard input has in diagnostics.</summary>
    public const string StandardInputName = "<stdin>";

    private readonly Func<Stream> _openStandardInput;
    private bool _standardInputRead;

    public CaseInput(Func<Stream> openStandardInput) => _openStandardInput = openStandardInput;

    /// <summary>The name a case has in reports and diagnostics.</summary>
    public static string DisplayName(string argument) => argument == StandardInputArgument ? StandardInputName : argument;

    public CaseLoadResult Load(string argument, DocumentLimits limits)
    {
        if (argument != StandardInputArgument)
        {
            return CaseFile.Load(argument, limits);
        }

        if (_standardInputRead)
        {
            throw new InvalidOperationException("Standard input can be read only once.");
        }

        _standardInputRead = true;
        using var stream = _openStandardInput();
        return CaseFile.Load(StandardInputName, stream, limits);
    }
}
