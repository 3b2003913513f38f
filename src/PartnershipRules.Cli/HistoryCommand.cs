using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.Facts;
using PartnershipRules.Reporting;

namespace PartnershipRules.Cli;

/// <summary>
/// <c>partnership-rules history CASE...</c>: one partnership at several dates, ordered by the date each case was
/// assessed on, with the verdict and each area's band at every review, as a table and (Markdown, HTML) a chart.
/// </summary>
internal static class HistoryCommand
{
    private static readonly Dictionary<string, ReportFormat> Formats = new(StringComparer.Ordinal)
    {
        ["text"] = ReportFormat.Text,
        ["markdown"] = ReportFormat.Markdown,
        ["html"] = ReportFormat.Html,
        ["json"] = ReportFormat.Json,
    };

    public static Command Create(TextWriter output, TextWriter error, CaseInput caseInput, RunDeadline deadline)
    {
        var cases = new Argument<string[]>("case") { Description = "The case files of one partnership, one per review (each with assessedOn), in any order.", Arity = ArgumentArity.OneOrMore };
        var analyzerArguments = new AnalyzerArguments(evaluates: true);
        var format = EnumOption.Create("--format", "Output format: a table; Markdown adds a Mermaid chart, HTML an inline SVG chart.", Formats, ReportFormat.Text);
        format.Aliases.Add("-f");
        var outputFile = new Option<string?>("--output") { Description = "Write the history to this file instead of standard output." };
        outputFile.Aliases.Add("-o");
        var command = new Command("history", "Shows one partnership's verdict and profile at each review, ordered by the date each case was assessed on.");
        command.Arguments.Add(cases);
        analyzerArguments.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(outputFile);
        command.Validators.Add(result => FrontDoor.RefuseUnknownOptions(result, FrontDoor.TryRead(() => result.GetValue(cases))));
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(cases) ?? Array.Empty<string>();
            if (parse.GetValue(outputFile) is { } target && OutputFile.Refusal(target, paths.Append(analyzerArguments.ConfigurationPath(parse)), "history") is { } refusal)
            {
                error.WriteLine(refusal);
                return ExitCodes.InvalidInput;
            }

            if (analyzerArguments.Analyzer(parse, error, DateTime.Today) is not var (options, analyzer))
            {
                return ExitCodes.InvalidInput;
            }

            var entries = new List<CaseReport>();
            foreach (var path in paths)
            {
                var read = caseInput.Load(path, options.EffectiveCaseFileLimits());
                foreach (var diagnostic in read.Diagnostics)
                {
                    error.WriteLine(diagnostic.ToString());
                }

                if (read.HasErrors)
                {
                    return ExitCodes.InvalidInput;
                }

                var partnership = read.Case!.Partnership;
                if (partnership.AssessedOn.State != FactState.Known)
                {
                    error.WriteLine($"error: {CaseInput.DisplayName(path)} records no assessedOn; a history orders the reviews by it. Add the date the case was assessed on.");
                    return ExitCodes.InvalidInput;
                }

                entries.Add(new CaseReport(CaseInput.DisplayName(path), partnership.Name, analyzer.Analyze(read.Case, deadline.Token)) { PartnershipId = partnership.Id });
            }

            var ids = entries.Select(e => e.PartnershipId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            if (ids.Count > 1)
            {
                // The ids are case text: printed inert, as every diagnostic is.
                error.WriteLine(TextEscaping.Line("error: the cases are of different partnerships (ids " + string.Join(", ", ids) + "); a history follows one partnership."));
                return ExitCodes.InvalidInput;
            }

            var report = Report.For(analyzer, entries);
            Func<TextWriter, int> write = writer =>
            {
                HistoryWriter.Write(writer, report, parse.GetValue(format));
                return ExitCodes.Success;
            };
            return parse.GetValue(outputFile) is { } file ? OutputFile.Write(file, error, "history", write, deadline) : write(output);
        });
        return command;
    }
}
