using System;
using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Diagnostics;

namespace PartnershipRules.Hosting;

/// <summary>The first build of a rule set failed, so there is nothing to serve. The diagnostics say why and where.</summary>
public sealed class RuleSetLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="diagnostics">The diagnostics of the failed build.</param>
    public RuleSetLoadException(IReadOnlyList<Diagnostic> diagnostics)
        : base("The rule set could not be built:" + Environment.NewLine + string.Join(Environment.NewLine, (diagnostics ?? Array.Empty<Diagnostic>()).Where(d => d.IsError)))
    {
        Diagnostics = diagnostics ?? Array.Empty<Diagnostic>();
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public RuleSetLoadException(string message)
        : base(message)
    {
        Diagnostics = Array.Empty<Diagnostic>();
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleSetLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = Array.Empty<Diagnostic>();
    }

    /// <summary>Creates the exception.</summary>
    public RuleSetLoadException()
        : this("The rule set could not be built.")
    {
    }

    /// <summary>What was wrong, with file, line and column.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
