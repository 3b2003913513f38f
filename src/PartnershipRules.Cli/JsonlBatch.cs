using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using PartnershipRules.Cases;
using PartnershipRules.Diagnostics;
using PartnershipRules.Engine;
using PartnershipRules.Facts;
using PartnershipRules.Model;
using PartnershipRules.Reporting;

namespace PartnershipRules.Cli;

/// <summary>
/// <c>check --input FILE --format jsonl</c>: one JSON case document per input line, one compact JSON result per output
/// line, in input order. A reader, N workers sharing one analyzer (one NRules session per case) and the writer are
/// joined by a bounded window of lines in flight, so memory stays flat however long the input is. A line that does not
/// load gives an error result naming its line number, and the batch goes on.
/// </summary>
internal static class JsonlBatch
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Lines in flight per worker: enough to keep every worker busy while the writer waits for a slow line.</summary>
    private const int WindowPerWorker = 32;

    public static int Run(string input, CatalogueOptions.Loaded loaded, string failOn, int parallel, TextWriter output, TextWriter error)
    {
        TextReader reader;
        try
        {
            reader = input == "-"
                ? Console.In
                : new StreamReader(input, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"{input}: error PR0001: cannot open the input: {ex.Message}");
            return ExitCodes.InvalidInput;
        }

        using (reader)
        {
            var analyzer = new PartnershipAnalyzer(loaded.Catalogue, loaded.Options);
            var threshold = Threshold(failOn);
            var stats = Process(reader, input == "-" ? "stdin" : input, analyzer, threshold, Math.Max(1, parallel), output).GetAwaiter().GetResult();
            output.Flush();
            error.WriteLine($"{stats.Lines} lines: {stats.Evaluated} evaluated, {stats.Errors} with errors, {stats.Failing} at or above --fail-on {failOn}");
            return stats.Failing > 0 || (threshold is not null && stats.Errors > 0) ? ExitCodes.Findings : ExitCodes.Success;
        }
    }

    private static async Task<Stats> Process(TextReader reader, string inputName, PartnershipAnalyzer analyzer, Severity? threshold, int workers, TextWriter output)
    {
        var window = workers * WindowPerWorker;
        var inOrder = Channel.CreateBounded<Line>(new BoundedChannelOptions(window) { SingleReader = true, SingleWriter = true });
        var toDo = Channel.CreateUnbounded<Line>(new UnboundedChannelOptions { SingleWriter = true });
        var stats = new Stats();

        // The reader blocks when the window is full, so no more than 'window' lines (plus one per worker) are held.
        var reading = Task.Run(async () =>
        {
            try
            {
                var number = 0;
                while (reader.ReadLine() is { } text)
                {
                    var line = new Line(++number, text);
                    await inOrder.Writer.WriteAsync(line).ConfigureAwait(false);
                    await toDo.Writer.WriteAsync(line).ConfigureAwait(false);
                }
            }
            finally
            {
                inOrder.Writer.Complete();
                toDo.Writer.Complete();
            }
        });

        var working = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            await foreach (var line in toDo.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                line.Done.SetResult(Evaluate(line, inputName, analyzer, threshold));
            }
        })).ToList();

        await foreach (var line in inOrder.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            var result = await line.Done.Task.ConfigureAwait(false);
            if (result.Json is null)
            {
                continue;
            }

            stats.Lines++;
            if (result.IsError)
            {
                stats.Errors++;
            }
            else
            {
                stats.Evaluated++;
            }

            if (result.Fails)
            {
                stats.Failing++;
            }

            output.Write(result.Json);
        }

        await reading.ConfigureAwait(false);
        await Task.WhenAll(working).ConfigureAwait(false);
        return stats;
    }

    private static LineResult Evaluate(Line line, string inputName, PartnershipAnalyzer analyzer, Severity? threshold)
    {
        if (string.IsNullOrWhiteSpace(line.Text))
        {
            // Blank lines (a trailing newline, a separator) are not cases.
            return new LineResult(null, false, false);
        }

        try
        {
            var load = CaseFile.Parse(inputName, line.Text);
            if (load.Case is null)
            {
                return new LineResult(ErrorLine(line.Number, load.Diagnostics.Where(d => d.IsError)), IsError: true, Fails: false);
            }

            // Paths locate findings within the line; file positions would all say line 1.
            var partnershipCase = new PartnershipCase(load.Case.Partnership, null, load.Case.Suppressions);
            var result = analyzer.Analyze(partnershipCase);
            var fails = threshold is { } minimum && (!result.IsComplete || result.Findings.Any(f => f.Severity >= minimum && !f.IsSuppressed));
            return new LineResult(ResultLine(line.Number, partnershipCase, result), IsError: false, fails);
        }
#pragma warning disable CA1031 // One bad line must not stop the batch: any failure becomes that line's error result.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new LineResult(ErrorLine(line.Number, new[] { new Diagnostic("PR0000", Severity.Error, "evaluation failed: " + ex.GetBaseException().Message) }), IsError: true, Fails: false);
        }
    }

    private static string ResultLine(int number, PartnershipCase partnershipCase, AnalysisResult result)
    {
        return Write(json =>
        {
            json.WriteNumber("line", number);
            if (partnershipCase.Partnership.Id is { } id)
            {
                json.WriteString("id", id);
            }

            json.WriteString("partnership", partnershipCase.Partnership.Name);
            json.WriteBoolean("complete", result.IsComplete);
            json.WriteStartObject("summary");
            int fired = 0, notFired = 0, insufficient = 0, notApplicable = 0;
            foreach (var rule in result.Results)
            {
                switch (rule.Outcome)
                {
                    case Outcome.Fired:
                        fired++;
                        break;
                    case Outcome.NotFired:
                        notFired++;
                        break;
                    case Outcome.InsufficientInformation:
                        insufficient++;
                        break;
                    default:
                        notApplicable++;
                        break;
                }
            }

            json.WriteNumber("fired", fired);
            json.WriteNumber("notFired", notFired);
            json.WriteNumber("insufficientInformation", insufficient);
            json.WriteNumber("notApplicable", notApplicable);
            json.WriteEndObject();
            json.WriteStartArray("findings");
            foreach (var finding in FindingOrder.Findings(result))
            {
                json.WriteStartObject();
                json.WriteString("ruleId", finding.RuleId);
                json.WriteString("severity", TextReportWriter.SeverityWord(finding.Severity));
                json.WriteString("message", finding.Message);
                json.WriteStartObject("location");
                json.WriteString("path", finding.Location.Path);
                json.WriteEndObject();
                if (finding.Suppression is { } suppression)
                {
                    json.WriteStartObject("suppression");
                    json.WriteString("justification", suppression.Justification);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("insufficientInformation");
            foreach (var undecided in result.InsufficientInformation.OrderBy(r => r.RuleId, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("ruleId", undecided.RuleId);
                json.WriteStartArray("missingFacts");
                foreach (var missing in undecided.MissingFacts)
                {
                    json.WriteStartObject();
                    json.WriteString("path", missing.Location.Path);
                    json.WriteString("state", missing.State == FactState.Unknown ? "unknown" : "not_recorded");
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("notApplicable");
            foreach (var rule in result.Results)
            {
                if (rule.Outcome == Outcome.NotApplicable)
                {
                    json.WriteStringValue(rule.RuleId);
                }
            }

            json.WriteEndArray();
            WriteDiagnostics(json, number, result.Diagnostics);
        });
    }

    private static string ErrorLine(int number, IEnumerable<Diagnostic> diagnostics) => Write(json =>
    {
        json.WriteNumber("line", number);
        json.WriteBoolean("error", true);
        WriteDiagnostics(json, number, diagnostics);
    });

    private static void WriteDiagnostics(Utf8JsonWriter json, int number, IEnumerable<Diagnostic> diagnostics)
    {
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("id", diagnostic.Id);
            json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
            json.WriteString("message", diagnostic.Message);
            if (diagnostic.Location is { } location)
            {
                // The document is the line: its position is the input line and the column within it.
                json.WriteNumber("line", number);
                json.WriteNumber("column", location.Column);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(2048);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static Severity? Threshold(string failOn) => failOn switch
    {
        "never" => null,
        "warning" => Severity.Warning,
        "suggestion" => Severity.Suggestion,
        _ => Severity.Error,
    };

    private sealed class Line
    {
        public Line(int number, string text)
        {
            Number = number;
            Text = text;
        }

        public int Number { get; }

        public string Text { get; }

        public TaskCompletionSource<LineResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed record LineResult(string? Json, bool IsError, bool Fails);

    private sealed class Stats
    {
        public int Lines { get; set; }

        public int Evaluated { get; set; }

        public int Errors { get; set; }

        public int Failing { get; set; }
    }
}
