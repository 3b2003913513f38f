using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using PartnershipRules.Cases;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Engine;
using PartnershipRules.Model;

namespace PartnershipRules.Reporting;

/// <summary>
/// A streaming batch in JSON Lines: one JSON case document per input line, one compact result per output line
/// (<see cref="JsonLinesReportWriter"/>), in input order. Lines are read and evaluated in parallel on the analyzer's
/// batch evaluator, each case in its own NRules session, with a bounded number of lines in flight, so memory stays
/// flat however long the input is. A line that does not load gives an error line naming it, and the batch goes on.
/// </summary>
public static class JsonLinesBatch
{
    /// <summary>Lines in flight per worker: enough to keep every worker busy while the writer waits for a slow line.</summary>
    private const int WindowPerWorker = 32;

    /// <summary>Runs the batch.</summary>
    /// <param name="input">The lines, UTF-8: split at <c>\n</c> only, each line decoded strictly and refused (as that line's error result) when it is not UTF-8 or is longer than a case file may be.</param>
    /// <param name="inputName">The input's name in diagnostics (a file path, or <c>stdin</c>).</param>
    /// <param name="output">Where the result lines go, each as soon as it and the lines before it are ready.</param>
    /// <param name="analyzer">The analyzer, shared by the workers.</param>
    /// <param name="options">Parallelism, the failing threshold and the limits each line is read within.</param>
    /// <param name="cancellationToken">Stops reading; lines already started finish.</param>
    /// <returns>The counts.</returns>
    public static JsonLinesBatchSummary Run(Stream input, string inputName, TextWriter output, PartnershipAnalyzer analyzer, JsonLinesBatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        if (analyzer is null)
        {
            throw new ArgumentNullException(nameof(analyzer));
        }

        options ??= new JsonLinesBatchOptions();
        inputName ??= "input";
        var reader = JsonLineReader.Read(input, inputName, options.CaseFileLimits.EffectiveMaxFileBytes).GetEnumerator();
        var first = FirstCase(reader, out var skipped);
        if (first is { Text: { } text } && !text.TrimStart().StartsWith("{", StringComparison.Ordinal))
        {
            // A YAML case file (or anything else) given as JSON lines would give one error per line: say it once.
            return new JsonLinesBatchSummary(0, 0, 0, 0) { Refusal = Diagnostic.Create(DiagnosticDescriptors.NotJsonLines, new SourceLocation(inputName, first.Number, 1)) };
        }

        var batch = new BatchEvaluationOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, MaxInFlight = options.MaxDegreeOfParallelism * WindowPerWorker };
        int lines = 0, evaluated = 0, errors = 0, failing = 0;
        foreach (var line in BatchEvaluator.Run(Replay(skipped, first, reader), (line, ct) => Evaluate(line, inputName, analyzer, options, ct), batch, cancellationToken))
        {
            if (line.Json is null)
            {
                continue;
            }

            lines++;
            if (line.IsError)
            {
                errors++;
            }
            else
            {
                evaluated++;
            }

            if (line.Fails)
            {
                failing++;
            }

            output.Write(line.Json);
        }

        output.Flush();
        return new JsonLinesBatchSummary(lines, evaluated, errors, failing);
    }

    // The first line that is not blank: it says whether the input is JSON lines at all.
    private static JsonLine? FirstCase(IEnumerator<JsonLine> lines, out List<JsonLine> blanks)
    {
        blanks = new List<JsonLine>();
        while (lines.MoveNext())
        {
            if (lines.Current.Text is { } text && string.IsNullOrWhiteSpace(text))
            {
                blanks.Add(lines.Current);
                continue;
            }

            return lines.Current;
        }

        return null;
    }

    private static IEnumerable<JsonLine> Replay(List<JsonLine> blanks, JsonLine? first, IEnumerator<JsonLine> rest)
    {
        using (rest)
        {
            foreach (var blank in blanks)
            {
                yield return blank;
            }

            if (first is null)
            {
                yield break;
            }

            yield return first;
            while (rest.MoveNext())
            {
                yield return rest.Current;
            }
        }
    }

    private static LineResult Evaluate(JsonLine line, string inputName, PartnershipAnalyzer analyzer, JsonLinesBatchOptions options, CancellationToken cancellationToken)
    {
        if (line.Problem is { } problem)
        {
            return new LineResult(JsonLinesReportWriter.ErrorLine(line.Number, new[] { problem }), IsError: true, Fails: false);
        }

        if (string.IsNullOrWhiteSpace(line.Text))
        {
            // Blank lines (a trailing newline, a separator) are not cases.
            return new LineResult(null, false, false);
        }

        try
        {
            var load = CaseFile.Parse(inputName, line.Text!, options.CaseFileLimits);
            if (load.Case is null)
            {
                return new LineResult(JsonLinesReportWriter.ErrorLine(line.Number, load.Diagnostics.Where(d => d.IsError)), IsError: true, Fails: false);
            }

            // Paths locate findings within the line; file positions would all say line 1.
            var partnershipCase = new PartnershipCase(load.Case.Partnership, null, load.Case.Suppressions);
            var result = analyzer.Analyze(partnershipCase, cancellationToken);
            var fails = options.FailOn is { } threshold && result.Fails(threshold);
            var report = new CaseReport(inputName, partnershipCase.Partnership.Name, result) { PartnershipId = partnershipCase.Partnership.Id, Line = line.Number };
            return new LineResult(JsonLinesReportWriter.ResultLine(line.Number, report, analyzer.Assess(result), analyzer.AssessmentOptions.QuestionCount), IsError: false, fails);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One bad line must not stop the batch: anything unexpected becomes that line's error result.
            return new LineResult(JsonLinesReportWriter.ErrorLine(line.Number, new[] { Diagnostic.Create(DiagnosticDescriptors.EvaluationFailed, null, ex.GetBaseException().Message) }), IsError: true, Fails: false);
        }
    }

    private sealed record LineResult(string? Json, bool IsError, bool Fails);
}
