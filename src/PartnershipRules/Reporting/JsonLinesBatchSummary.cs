namespace PartnershipRules.Reporting;

/// <summary>What a <see cref="JsonLinesBatch"/> did: lines written, evaluated, with errors, and failing.</summary>
public sealed class JsonLinesBatchSummary
{
    internal JsonLinesBatchSummary(int lines, int evaluated, int errors, int failing)
    {
        Lines = lines;
        Evaluated = evaluated;
        Errors = errors;
        Failing = failing;
    }

    /// <summary>Result lines written (blank input lines are not counted).</summary>
    public int Lines { get; }

    /// <summary>Lines that were evaluated.</summary>
    public int Evaluated { get; }

    /// <summary>Lines that could not be read or evaluated (an error line each).</summary>
    public int Errors { get; }

    /// <summary>Evaluated lines at or above the failing threshold.</summary>
    public int Failing { get; }

    /// <summary>
    /// Why the input was refused as a whole, with nothing written (its first case is not a JSON object: most often a
    /// YAML case file given as JSON lines); null when the batch ran.
    /// </summary>
    public Diagnostics.Diagnostic? Refusal { get; internal init; }
}
