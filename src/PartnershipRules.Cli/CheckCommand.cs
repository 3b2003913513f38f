using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.Engine;
using PartnershipRules.Facts;
using PartnershipRules.Model;
using PartnershipRules.Reporting;

namespace PartnershipRules.Cli;

/// <summary><c>partnership-rules check CASE...</c>: evaluate case files and report findings with citations.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error, CaseInput caseInput)
    {
        var cases = new Argument<string[]>("case") { Description = "Case files (YAML or JSON) to check; - reads one from standard input.", Arity = ArgumentArity.ZeroOrMore };
        var input = new Option<string?>("--input") { Description = "A JSON Lines file of cases, one JSON case document per line ('-' for standard input); needs --format jsonl." };
        var parallel = new Option<int>("--parallel")
        {
            Description = "With --input: cases evaluated at once (default: one per core).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        parallel.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--parallel needs a number of at least 1.");
            }
        });
        var catalogueOptions = new CatalogueOptions();
        var format = new Option<string>("--format") { Description = "Output format: text, json, sarif, markdown, or jsonl (one result per line, with --input).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "markdown", "jsonl");
        var outputFile = new Option<string?>("--output") { Description = "Write the report to this file instead of standard output." };
        var helpUriBase = new Option<Uri?>("--help-uri-base")
        {
            Description = "Where the rules folder is published (absolute URI ending in /), so SARIF helpUri links to each rule's page.",
            CustomParser = result =>
            {
                if (Uri.TryCreate(result.Tokens.Single().Value, UriKind.Absolute, out var uri))
                {
                    return uri;
                }

                result.AddError("--help-uri-base needs an absolute URI, e.g. the web address of the rules folder ending in '/'.");
                return null;
            },
        };
        var evaluationDate = new Option<DateTime?>("--evaluation-date")
        {
            Description = "The date recorded in the JSON report's reproducibility stamp (YYYY-MM-DD; default: today).",
        };
        var failOn = new Option<string>("--fail-on") { Description = "Exit with 1 when a finding is at or above this severity: error, warning, suggestion or never.", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "suggestion", "never");

        var command = new Command("check", "Evaluates partnership case files against the rule catalogue.");
        command.Arguments.Add(cases);
        catalogueOptions.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(failOn);
        command.Options.Add(outputFile);
        command.Options.Add(evaluationDate);
        command.Options.Add(helpUriBase);
        command.Options.Add(input);
        command.Options.Add(parallel);
        command.Validators.Add(result =>
        {
            var hasInput = result.GetValue(input) is not null;
            var isJsonl = result.GetValue(format) == "jsonl";
            var hasCases = result.GetValue(cases) is { Length: > 0 };
            if (hasInput && hasCases)
            {
                result.AddError("Give case files or --input, not both.");
            }
            else if (!hasInput && !hasCases)
            {
                result.AddError("Give at least one case file, or --input with a JSON Lines file.");
            }
            else if (hasInput != isJsonl)
            {
                result.AddError("--input and --format jsonl go together: a JSON Lines input gives one result line per case.");
            }
        });
        command.SetAction(parse =>
        {
            var loaded = catalogueOptions.Load(parse, error);
            if (loaded is null)
            {
                return ExitCodes.InvalidInput;
            }

            if (parse.GetValue(input) is { } batch)
            {
                if (parse.GetValue(outputFile) is not { } batchPath)
                {
                    return JsonlBatch.Run(batch, loaded, parse.GetValue(failOn)!, parse.GetValue(parallel), output, error);
                }

                StreamWriter batchFile;
                try
                {
                    batchFile = new StreamWriter(batchPath, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    error.WriteLine($"error: cannot write the results to '{batchPath}': {ex.Message}");
                    return ExitCodes.InvalidInput;
                }

                using (batchFile)
                {
                    return JsonlBatch.Run(batch, loaded, parse.GetValue(failOn)!, parse.GetValue(parallel), batchFile, error);
                }
            }

            var casePaths = parse.GetValue(cases)!;
            if (casePaths.Count(p => p == CaseInput.StandardInputArgument) > 1)
            {
                error.WriteLine("error: standard input ('-') can be given only once.");
                return ExitCodes.InvalidInput;
            }

            if (parse.GetValue(outputFile) is not { } path)
            {
                return Run(casePaths, caseInput, loaded, parse.GetValue(format)!, parse.GetValue(failOn)!, parse.GetValue(evaluationDate) ?? DateTime.Today, parse.GetValue(helpUriBase), output, error);
            }

            StreamWriter file;
            try
            {
                file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error.WriteLine($"error: cannot write the report to '{path}': {ex.Message}");
                return ExitCodes.InvalidInput;
            }

            using (file)
            {
                return Run(casePaths, caseInput, loaded, parse.GetValue(format)!, parse.GetValue(failOn)!, parse.GetValue(evaluationDate) ?? DateTime.Today, parse.GetValue(helpUriBase), file, error);
            }
        });
        return command;
    }

    private static int Run(string[] casePaths, CaseInput caseInput, CatalogueOptions.Loaded loaded, string format, string failOn, DateTime evaluationDate, Uri? helpUriBase, TextWriter output, TextWriter error)
    {
        var cases = casePaths.Select(p => (Path: CaseInput.DisplayName(p), Load: caseInput.Load(p))).ToList();
        var broken = cases.Where(l => l.Load.HasErrors).ToList();
        if (broken.Count > 0)
        {
            foreach (var diagnostic in broken.SelectMany(b => b.Load.Diagnostics))
            {
                error.WriteLine(diagnostic.ToString());
            }

            return ExitCodes.InvalidInput;
        }

        var analyzer = new PartnershipAnalyzer(loaded.Catalogue, loaded.Options);
        var reports = cases
            .Select(l => new CaseReport(l.Path, l.Load.Case!.Partnership.Name, analyzer.Analyze(l.Load.Case!)))
            .ToList();

        if (format is "json" or "sarif")
        {
            output.Flush();
            using var buffer = new MemoryStream();
            if (format == "json")
            {
                JsonReportWriter.Write(buffer, reports, ReportStamp.For(analyzer, evaluationDate));
            }
            else
            {
                SarifReportWriter.Write(buffer, reports, analyzer.Rules, helpUriBase);
            }

            output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            output.WriteLine();
        }
        else if (format == "markdown")
        {
            MarkdownReportWriter.Write(output, reports);
        }
        else
        {
            TextReportWriter.Write(output, reports);
        }

        ReportUnnecessarySuppressions(reports, loaded.Options.Configuration.Suppressions, error);
        return Fails(reports, failOn) ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>
    /// Like an unnecessary #pragma: a case's own suppression that matched nothing in that case, or a configuration
    /// suppression that matched nothing in any case checked.
    /// </summary>
    private static void ReportUnnecessarySuppressions(List<CaseReport> reports, IReadOnlyList<Suppression> shared, TextWriter error)
    {
        // Sets, not list look-ups: a configuration may hold thousands of suppressions.
        var sharedSet = new HashSet<Suppression>(shared);
        var unmatched = reports.Select(r => new HashSet<Suppression>(r.Result.UnmatchedSuppressions)).ToList();
        var unnecessary = reports.SelectMany(r => r.Result.UnmatchedSuppressions.Where(s => !sharedSet.Contains(s)))
            .Concat(shared.Where(s => unmatched.TrueForAll(u => u.Contains(s))));
        foreach (var suppression in unnecessary)
        {
            error.WriteLine(DiagnosticDescriptors.UnnecessarySuppression.Create(suppression.Location, suppression.RuleId + (suppression.Path is null ? string.Empty : " at " + suppression.Path)));
        }
    }

    private static bool Fails(IEnumerable<CaseReport> reports, string failOn)
    {
        if (failOn == "never")
        {
            return false;
        }

        var threshold = failOn switch
        {
            "warning" => Severity.Warning,
            "suggestion" => Severity.Suggestion,
            _ => Severity.Error,
        };
        // A suppressed finding is reported but never fails the check.
        return reports.Any(r => !r.Result.IsComplete || r.Result.Findings.Any(f => f.Severity >= threshold && !f.IsSuppressed));
    }
}
