using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PartnershipRules.Cases;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Engine;
using PartnershipRules.Hosting;
using PartnershipRules.Model;
using PartnershipRules.Reporting;
using PartnershipRules.Reviews;
using PartnershipRules.Assessment;

namespace PartnershipRules.Cli;

/// <summary><c>partnership-rules check CASE...</c>: evaluate case files and report findings with citations.</summary>
internal static class CheckCommand
{
    private static readonly Dictionary<string, ReportFormat> Formats = new(StringComparer.Ordinal)
    {
        ["text"] = ReportFormat.Text,
        ["json"] = ReportFormat.Json,
        ["sarif"] = ReportFormat.Sarif,
        ["markdown"] = ReportFormat.Markdown,
        ["html"] = ReportFormat.Html,
        ["jsonl"] = ReportFormat.JsonLines,
    };

    // The .NET CLI's names, so --verbosity reads as it does for dotnet build and dotnet test.
    private static readonly Dictionary<string, ReportVerbosity> Verbosities = new(StringComparer.Ordinal)
    {
        ["quiet"] = ReportVerbosity.Quiet,
        ["minimal"] = ReportVerbosity.Minimal,
        ["normal"] = ReportVerbosity.Normal,
        ["detailed"] = ReportVerbosity.Detailed,
        ["diagnostic"] = ReportVerbosity.Diagnostic,
    };

    private static readonly Dictionary<string, FailOnLevel> FailOnLevels = new(StringComparer.Ordinal)
    {
        ["error"] = FailOnLevel.Error,
        ["warning"] = FailOnLevel.Warning,
        ["suggestion"] = FailOnLevel.Suggestion,
        ["never"] = FailOnLevel.Never,
    };

    public static Command Create(TextWriter output, TextWriter error, CaseInput caseInput, RunDeadline deadline, PhaseTimings? timings = null)
    {
        var cases = new Argument<string[]>("case") { Description = "Case files (YAML or JSON) to check; - reads one from standard input.", Arity = ArgumentArity.ZeroOrMore };
        var input = new Option<string?>("--input") { Description = "A JSON Lines file of cases, one JSON case document per line ('-' for standard input); needs --format jsonl." };
        var parallel = ValueOptions.Count("--parallel", "With --input: cases evaluated at once (default: one per core).", 1, 1024, Environment.ProcessorCount);
        var analyzerArguments = new AnalyzerArguments(evaluates: true);
        var format = EnumOption.Create("--format", "Output format; html is one self-contained page; jsonl is one result per line, with --input.", Formats, ReportFormat.Text);
        var verbosity = EnumOption.Create("--verbosity", "How much text, Markdown and HTML say: normal leads with the assessment and lists each issue in a line; detailed adds every finding with full citations and the rules that lacked information; diagnostic adds the rules that did not fire. JSON and SARIF always carry everything.", Verbosities, ReportVerbosity.Normal);
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
        var evaluationDate = ValueOptions.Date("--evaluation-date", "The date of the evaluation (YYYY-MM-DD; default: today): recorded in the JSON report's reproducibility stamp, and the day --assess-undated-cases-today uses.");
        var failOn = EnumOption.Create("--fail-on", "Exit with 1 when a finding is at or above this severity.", FailOnLevels, FailOnLevel.Error);
        var baseline = new Option<string?>("--baseline") { Description = "The JSON or SARIF report of an earlier check of the same partnership(s): every finding is marked new, unchanged or changed, the earlier ones no longer reported resolved, and the report leads with what changed." };
        var failOnNew = new Option<bool>("--fail-on-new") { Description = "With --baseline: exit 1 only for new findings at or above --fail-on." };

        var command = new Command("check", "Evaluates partnership case files against the rule catalogue.");
        command.Arguments.Add(cases);
        outputFile.Aliases.Add("-o");
        format.Aliases.Add("-f");
        verbosity.Aliases.Add("-v");
        analyzerArguments.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(verbosity);
        command.Options.Add(failOn);
        command.Options.Add(outputFile);
        command.Options.Add(evaluationDate);
        command.Options.Add(helpUriBase);
        command.Options.Add(input);
        command.Options.Add(parallel);
        command.Options.Add(baseline);
        command.Options.Add(failOnNew);
        command.Validators.Add(result =>
        {
            FrontDoor.RefuseUnknownOptions(result, FrontDoor.TryRead(() => result.GetValue(cases)));
            if (FrontDoor.TryRead(() => (object)result.GetValue(format)) is not ReportFormat chosen)
            {
                return;
            }

            var hasInput = result.GetValue(input) is not null;
            var isJsonl = chosen == ReportFormat.JsonLines;
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
            else if (result.GetValue(failOnNew) && result.GetValue(baseline) is null)
            {
                result.AddError("--fail-on-new needs --baseline: which findings are new is decided against it.");
            }
            else if (hasInput && result.GetValue(baseline) is not null)
            {
                result.AddError("--baseline compares case files with an earlier report; it does not go with --input.");
            }
            else if (result.GetValue(cases) is { } given && given.Count(p => p == CaseInput.StandardInputArgument) > 1)
            {
                result.AddError("Standard input ('-') can be given only once.");
            }
        });
        command.SetAction(parse =>
        {
            // Before anything is read: a report written over one of its inputs would destroy it.
            var casePaths = parse.GetValue(cases) ?? Array.Empty<string>();
            var inputs = casePaths.Append(parse.GetValue(input)).Append(analyzerArguments.ConfigurationPath(parse)).Append(parse.GetValue(baseline));
            if (parse.GetValue(outputFile) is { } target && OutputFile.Refusal(target, inputs, parse.GetValue(input) is null ? "report" : "results") is { } refusal)
            {
                error.WriteLine(refusal);
                return ExitCodes.InvalidInput;
            }

            IReadOnlyList<PreviousAssessment>? earlier = null;
            if (parse.GetValue(baseline) is { } baselinePath)
            {
                var problems = BaselineReport.Read(baselinePath, out var read);
                foreach (var problem in problems)
                {
                    error.WriteLine(problem.ToString());
                }

                if (problems.Count > 0)
                {
                    return ExitCodes.InvalidInput;
                }

                earlier = read;
            }

            var date = parse.GetValue(evaluationDate) ?? DateTime.Today;
            var options = analyzerArguments.Options(parse, error, date);
            timings?.Mark("options");

            // The case files are read on another core while the rules load and compile: the two share nothing.
            var loading = options is null || parse.GetValue(input) is not null ? null : Task.Run(() => CheckedCase.ReadAll(casePaths, caseInput, options.EffectiveCaseFileLimits()));
            var build = options is null ? null : AnalyzerBuilder.Build(options);
            timings?.Mark("rules");
            foreach (var diagnostic in build?.Diagnostics ?? Array.Empty<Diagnostic>())
            {
                error.WriteLine(diagnostic.ToString());
            }

            if (build?.Analyzer is not { } analyzer)
            {
                return ExitCodes.InvalidInput;
            }

            var threshold = parse.GetValue(failOn).Threshold();
            if (parse.GetValue(input) is { } batch)
            {
                return WriteTo(parse.GetValue(outputFile), output, error, "results", writer => RunBatch(batch, analyzer, options!, threshold, parse.GetValue(parallel), writer, error, deadline.Token), deadline);
            }

            var loaded = loading!.GetAwaiter().GetResult();
            timings?.Mark("cases");
            var report = new Check(loaded, caseInput, options!, analyzer, build, parse.GetValue(format), parse.GetValue(verbosity), threshold, date, parse.GetValue(helpUriBase), deadline.Token)
            {
                Baseline = earlier,
                FailOnNew = parse.GetValue(failOnNew),
            };
            var write = report.Run(error);
            timings?.Mark("evaluation");
            // The report is whole whenever it was written, even with exit 2 for cases that did not load (they are in it).
            var exit = WriteTo(parse.GetValue(outputFile), output, error, "report", write, deadline, keepOnInvalidInput: true);
            timings?.Mark("report");
            return exit;
        });
        return command;
    }

    private static int WriteTo(string? path, TextWriter output, TextWriter error, string what, Func<TextWriter, int>? write, RunDeadline deadline, bool keepOnInvalidInput = false) =>
        write is null ? ExitCodes.InvalidInput
        : path is null ? write(output)
        : OutputFile.Write(path, error, what, write, deadline, keepOnInvalidInput);

    private static int RunBatch(string input, PartnershipAnalyzer analyzer, PartnershipRulesOptions options, Severity? threshold, int parallel, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        Stream stream;
        try
        {
            stream = input == CaseInput.StandardInputArgument
                ? Console.OpenStandardInput()
                : LinesInput.Open(input);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine(Diagnostic.Create(DiagnosticDescriptors.FileUnreadable, new SourceLocation(input, 1, 1), ex.Message).ToString());
            return ExitCodes.InvalidInput;
        }

        using (stream)
        {
            var summary = JsonLinesBatch.Run(
                stream,
                input == CaseInput.StandardInputArgument ? "stdin" : input,
                output,
                analyzer,
                new JsonLinesBatchOptions { MaxDegreeOfParallelism = parallel, FailOn = threshold, CaseFileLimits = options.EffectiveCaseFileLimits() },
                cancellationToken);
            if (summary.Refusal is { } refusal)
            {
                error.WriteLine(refusal.ToString());
                return ExitCodes.InvalidInput;
            }

            var failOn = threshold is { } t ? SeverityName(t) : "never";
            error.WriteLine($"{summary.Lines} lines: {summary.Evaluated} evaluated, {summary.Errors} with errors, {summary.Failing} at or above --fail-on {failOn}");
            return summary.Failing > 0 || (threshold is not null && summary.Errors > 0) ? ExitCodes.Findings : ExitCodes.Success;
        }
    }

    private static string SeverityName(Severity severity) => Spelling.Of(severity);

    /// <summary>One run of <c>check</c> over case files: read them all, evaluate, write one report.</summary>
    private sealed class Check
    {
        private readonly IReadOnlyList<CheckedCase> _cases;
        private readonly CaseInput _input;
        private readonly DocumentLimits _limits;
        private readonly CancellationToken _cancellationToken;

        /// <summary>The earlier assessments to review the cases against (<c>--baseline</c>), if any.</summary>
        public IReadOnlyList<PreviousAssessment>? Baseline { get; init; }

        /// <summary>Whether only new findings fail the run (<c>--fail-on-new</c>).</summary>
        public bool FailOnNew { get; init; }
        private readonly PartnershipAnalyzer _analyzer;
        private readonly AnalyzerBuild _build;
        private readonly ReportFormat _format;
        private readonly ReportVerbosity _verbosity;
        private readonly Severity? _threshold;
        private readonly DateTime _evaluationDate;
        private readonly Uri? _helpUriBase;

        public Check(IReadOnlyList<CheckedCase> cases, CaseInput input, PartnershipRulesOptions options, PartnershipAnalyzer analyzer, AnalyzerBuild build, ReportFormat format, ReportVerbosity verbosity, Severity? threshold, DateTime evaluationDate, Uri? helpUriBase, CancellationToken cancellationToken)
        {
            _verbosity = verbosity;
            _cases = cases;
            _input = input;
            _limits = options.EffectiveCaseFileLimits();
            _cancellationToken = cancellationToken;
            _analyzer = analyzer;
            _build = build;
            _format = format;
            _threshold = threshold;
            _evaluationDate = evaluationDate;
            _helpUriBase = helpUriBase;
        }

        /// <summary>Evaluates the cases; returns the writing step, or null (after printing why) when a case does not load.</summary>
        public Func<TextWriter, int>? Run(TextWriter error)
        {
            // A case that does not load is reported where it failed and in the document (JSON and SARIF carry its
            // diagnostics), and the others are still evaluated and reported: one bad file does not hide the rest.
            var broken = _cases.Where(l => l.HasErrors).ToList();
            foreach (var diagnostic in broken.SelectMany(b => b.Diagnostics))
            {
                error.WriteLine(diagnostic.ToString());
            }

            var loaded = _cases.Where(l => !l.HasErrors).ToList();
            if (loaded.Count == 0)
            {
                return null;
            }

            var caseErrors = broken.SelectMany(b => b.Diagnostics.Where(d => d.IsError));
            return output =>
            {
                // The machine formats carry the build's warnings and the cases that did not load; text and Markdown
                // leave them on standard error.
                var diagnostics = _build.Diagnostics.Where(d => d.Severity >= Severity.Warning).Concat(caseErrors).ToList();
                var report = Report.For(_analyzer, Array.Empty<CaseReport>(), _evaluationDate, _helpUriBase, diagnostics).WithVerbosity(_verbosity);
                var unmatched = new List<IReadOnlyList<Suppression>>();
                var failing = false;
                var changed = false;

                // Each case is evaluated as the writer reaches it: JSON, SARIF and JSON lines then hold one result at
                // a time, however many cases are checked.
                ReportWriter.For(_format).WriteStreamed(output, report, Evaluate(loaded, entry =>
                {
                    unmatched.Add(entry.Result.UnmatchedSuppressions);
                    failing |= _threshold is { } threshold && Fails(entry, threshold);
                }, error, () => changed = true));
                ReportUnnecessarySuppressions(unmatched, _analyzer, error);
                return broken.Count > 0 || changed ? ExitCodes.InvalidInput
                    : failing ? ExitCodes.Findings
                    : ExitCodes.Success;
            };
        }

        /// <summary>With --fail-on-new, only what the baseline did not have counts (an incomplete evaluation always does).</summary>
        private bool Fails(CaseReport entry, Severity threshold) =>
            !FailOnNew || entry.Review is not { } review
                ? entry.Result.Fails(threshold)
                : !entry.Result.IsComplete || review.New.Any(f => f.Severity >= threshold && !f.IsSuppressed);

        private IEnumerable<CaseReport> Evaluate(List<CheckedCase> loaded, Action<CaseReport> evaluated, TextWriter error, Action unreadable)
        {
            foreach (var entry in loaded)
            {
                if (entry.Take(_input, _limits, out var diagnostics) is not { } partnershipCase)
                {
                    // Read once without errors, then not: the file changed during the run. Said, and exit 2.
                    foreach (var diagnostic in diagnostics)
                    {
                        error.WriteLine(diagnostic.ToString());
                    }

                    unreadable();
                    continue;
                }

                var result = _analyzer.Analyze(partnershipCase, _cancellationToken);
                var review = ReviewOf(entry.Name, result, error);
                var report = new CaseReport(entry.Name, partnershipCase.Partnership.Name, result) { PartnershipId = partnershipCase.Partnership.Id, Review = review };
                evaluated(report);
                yield return report;
            }
        }

        private Review? ReviewOf(string caseName, AnalysisResult result, TextWriter error)
        {
            if (Baseline is null)
            {
                return null;
            }

            if (PreviousAssessment.Find(Baseline, caseName, result.Partnership) is not { } previous)
            {
                // Said, not silent: without an earlier assessment every finding of this case stands as in a first check.
                error.WriteLine($"warning: the baseline has no earlier assessment of {caseName} (matched by partnership id, name, then case); it is reported as a first check.");
                return null;
            }

            return Reviews.Review.Compare(previous, result, PartnershipAssessment.Of(result, _analyzer.AssessmentOptions));
        }

        /// <summary>
        /// Like an unnecessary #pragma: a case's own suppression that matched nothing in that case, or a configuration
        /// suppression that matched nothing in any case checked.
        /// </summary>
        private static void ReportUnnecessarySuppressions(List<IReadOnlyList<Suppression>> perCase, PartnershipAnalyzer analyzer, TextWriter error)
        {
            // Sets, not list look-ups: a configuration may hold thousands of suppressions.
            var shared = analyzer.Suppressions;
            var sharedSet = new HashSet<Suppression>(shared);
            var unmatched = perCase.Select(u => new HashSet<Suppression>(u)).ToList();
            var unnecessary = perCase.SelectMany(u => u.Where(s => !sharedSet.Contains(s)))
                .Concat(shared.Where(s => unmatched.TrueForAll(u => u.Contains(s))));
            foreach (var suppression in unnecessary)
            {
                error.WriteLine(Diagnostic.Create(DiagnosticDescriptors.UnnecessarySuppression, suppression.Location, suppression.RuleId + (suppression.Path is null ? string.Empty : " at " + suppression.Path)).ToString());
            }
        }
    }
}
