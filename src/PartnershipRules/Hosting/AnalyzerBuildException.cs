using System;
using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Diagnostics;

namespace PartnershipRules.Hosting;

/// <summary>
/// Thrown when a host cannot start because its first analyzer does not build; <see cref="Diagnostics"/> says why,
/// each with file, line and column. (Later rebuilds that fail keep the last good analyzer serving instead.)
/// </summary>
public sealed class AnalyzerBuildException : Exception
{
    /// <summary>Creates the exception from the diagnostics of the failed build.</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    public AnalyzerBuildException(IReadOnlyList<Diagnostic> diagnostics)
        : base("The analyzer could not be built:" + Environment.NewLine + string.Join(Environment.NewLine, (diagnostics ?? Array.Empty<Diagnostic>()).Where(d => d.IsError)))
    {
        Diagnostics = diagnostics ?? Array.Empty<Diagnostic>();
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public AnalyzerBuildException(string message)
        : base(message)
    {
        Diagnostics = Array.Empty<Diagnostic>();
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public AnalyzerBuildException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = Array.Empty<Diagnostic>();
    }

    /// <summary>Creates the exception.</summary>
    public AnalyzerBuildException()
        : this("The analyzer could not be built.")
    {
    }

    /// <summary>Why the build failed.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
