using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using PartnershipRules.Assessment;
using PartnershipRules.Diagnostics;
using PartnershipRules.Facts;
using PartnershipRules.Model;

namespace PartnershipRules.Reporting;

/// <summary>
/// Writes a report for a terminal or a CI log, leading with the assessment: the verdict, the profile per area, what to
/// do first, the questions that would settle the most, then every issue as a compiler-style line
/// (<c>FILE(LINE,COL): SEVERITY RULEIDS: headline</c>). At <see cref="ReportVerbosity.Detailed"/> each issue's
/// findings follow with advice, evidence and full citations, and the rules that lacked information with the facts
/// they need. Every line is escaped (<see cref="TextEscaping"/>): no text from a case can start a line of its own.
/// </summary>
public sealed class TextReportWriter : ReportWriter
{
    private const string Indent = "    ";

    private TextReportWriter()
    {
    }

    /// <summary>The writer.</summary>
    public static TextReportWriter Instance { get; } = new();

    /// <inheritdoc />
    public override ReportFormat Format => ReportFormat.Text;

    /// <inheritdoc />
    protected override void WriteReport(TextWriter output, Report report)
    {
        var first = true;
        foreach (var entry in report.Cases)
        {
            if (!first)
            {
                output.WriteLine();
            }

            first = false;
            new CaseText(output, report, entry).Write();
        }
    }

    /// <summary>A citation in one line: author and year, section, quote, and its note (the papers' cited works at detailed).</summary>
    internal static string Cite(Citation citation, bool withCitedWorks)
    {
        var text = citation.Source.ShortCitation + ", \u00A7 " + citation.Section + ": \u201C" + citation.Quote + "\u201D";
        if (withCitedWorks && citation.Cites.Count > 0)
        {
            text += " (citing " + string.Join("; ", citation.Cites.Select(w => w.Authors + ", " + w.Year)) + ")";
        }

        return citation.Note is null ? text : text + " [note: " + citation.Note.Trim() + "]";
    }

    /// <summary>What an issue is when it is not something to act on: set aside, in the partnership's favour, or for information; null otherwise.</summary>
    internal static string? Standing(Issue issue) =>
        issue.IsSuppressed ? "set aside" : issue.IsStrength ? "in favour" : !issue.CallsForAction ? "for information" : null;

    internal static string SeverityWord(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Suggestion => "suggestion",
        _ => "silent",
    };

    internal static string BandWord(Band band) => band switch
    {
        Band.Strength => "strength",
        Band.Mixed => "mixed",
        Band.Concern => "concern",
        _ => "not enough known",
    };

    /// <summary>One case, written at the report's verbosity.</summary>
    private sealed class CaseText
    {
        private readonly TextWriter _output;
        private readonly Report _report;
        private readonly CaseReport _entry;
        private readonly AnalysisResult _result;
        private readonly PartnershipAssessment _assessment;
        private readonly ReportVerbosity _verbosity;

        public CaseText(TextWriter output, Report report, CaseReport entry)
        {
            _output = output;
            _report = report;
            _entry = entry;
            _result = entry.Result;
            _assessment = report.Assess(entry);
            _verbosity = report.Verbosity;
        }

        public void Write()
        {
            Line(_entry.CasePath + ": " + (_entry.PartnershipName ?? "(unnamed partnership)"));
            if (_entry.Review is { } review)
            {
                SinceTheLastReview(review);
            }

            var verdict = _assessment.Verdict;
            Line("Verdict: " + verdict.Words.ToUpperInvariant() + ". " + verdict.Reason);
            if (_verbosity == ReportVerbosity.Quiet)
            {
                Summary();
                return;
            }

            Line(Indent + "(The verdict, the bands and the ranking are this library's reading of the papers; the findings and quotes are the papers'.)");
            Blank();
            Profile();
            Priorities();
            if (_verbosity >= ReportVerbosity.Normal)
            {
                Questions();
                Issues();
            }

            if (_verbosity >= ReportVerbosity.Detailed)
            {
                Undecided();
            }

            if (_verbosity >= ReportVerbosity.Diagnostic)
            {
                Quiet(Outcome.NotFired, "did not fire");
                Quiet(Outcome.NotApplicable, "did not apply");
            }

            foreach (var diagnostic in _result.Diagnostics)
            {
                Line(_entry.CasePath + ": " + diagnostic);
            }

            Summary();
        }

        /// <summary>A review leads with what changed: a practitioner reviewing a partnership asks that first.</summary>
        private void SinceTheLastReview(Reviews.Review review)
        {
            var summary = ReviewSummary.Of(review, _verbosity);
            Line(summary.Heading);
            Line(Indent + summary.Counts);
            foreach (var (items, kind, hidden) in summary.Sections)
            {
                foreach (var item in items)
                {
                    Line(Indent + item.Kind + ": " + item.RuleId + " " + item.Message + (item.Records.Length > 0 ? " (" + item.Records + ")" : string.Empty));
                }

                if (hidden > 0)
                {
                    Line(Indent + string.Format(CultureInfo.InvariantCulture, "... and {0} more {1} (--verbosity detailed lists them).", hidden, kind));
                }
            }

            Line(Indent + "Profile: " + (summary.Moved.Count == 0 ? "no area changed band." : string.Join("; ", summary.Moved) + "."));
            Blank();
        }

        private void Profile()
        {
            Line("Profile by area (strength, mixed, concern, not enough known):");
            var width = _assessment.Profile.Count == 0 ? 0 : _assessment.Profile.Max(p => p.Name.Length);
            foreach (var area in _assessment.Profile)
            {
                var serious = area.SeriousConcerns > 0 ? " (" + area.SeriousConcerns.ToString(CultureInfo.InvariantCulture) + " serious)" : string.Empty;
                Line(string.Format(
                    CultureInfo.InvariantCulture,
                    "  {0}  {1,-16}  {2} in favour, {3} against{4}, {5} minor, {6} unknown",
                    area.Name.PadRight(width),
                    BandWord(area.Band),
                    area.Strengths,
                    area.Concerns,
                    serious,
                    area.MinorConcerns,
                    area.Undecided));
            }

            var jones = _assessment.Jones;
            if (jones.Applies)
            {
                Line(string.Format(
                    CultureInfo.InvariantCulture,
                    "  Jones's scale: disconnected {0} connected: {1} ({2} connected, {3} disconnected, {4} unrecorded)",
                    Scale(jones.Score),
                    jones.Words,
                    jones.Connected.Count,
                    jones.Disconnected.Count,
                    jones.Unrecorded));
            }

            Blank();
        }

        private void Priorities()
        {
            if (_assessment.Priorities.Count == 0)
            {
                Line("What to do first: nothing; no finding calls for action.");
                Blank();
                return;
            }

            Line("What to do first:");
            var number = 0;
            foreach (var issue in _assessment.Priorities)
            {
                number++;
                Line(string.Format(CultureInfo.InvariantCulture, "  {0}. {1} {2} at {3}: {4}", number, SeverityWord(issue.Severity), Rules(issue), Where(issue.Location), issue.Headline));
                if (_verbosity >= ReportVerbosity.Normal)
                {
                    Line(Indent + " do: " + issue.Advice[0]);
                    Line(Indent + " source: " + Cite(issue.Lead.Citations[0], withCitedWorks: false));
                }
            }

            Blank();
        }

        private void Questions()
        {
            var questions = _assessment.Questions.Take(_report.AssessmentOptions.QuestionCount).ToList();
            if (questions.Count == 0)
            {
                return;
            }

            Line("Questions that would settle the most (" + PartnershipAssessment.Count(_assessment.Questions.Count, "question", "questions") + " in all):");
            var number = 0;
            foreach (var question in questions)
            {
                number++;
                var state = question.State == FactState.Unknown ? "recorded as unknown" : "not recorded";
                Line(string.Format(
                    CultureInfo.InvariantCulture,
                    "  {0}. {1}: {2} ({3}, {4}; would settle {5})",
                    number,
                    Capital(question.Record.DisplayName),
                    question.Question,
                    question.Path,
                    state,
                    string.Join(", ", question.Settles.Select(r => r.RuleId))));
            }

            Blank();
        }

        private void Issues()
        {
            var shown = _result.Findings.Count(f => f.Severity > Severity.Silent);
            Line("Issues (" + PartnershipAssessment.Count(_assessment.Issues.Count, "issue", "issues") + " from " + PartnershipAssessment.Count(shown, "finding", "findings")
                + (_verbosity >= ReportVerbosity.Detailed ? "):" : "; --verbosity detailed shows each finding with its advice, evidence and citations):"));
            foreach (var issue in _assessment.Issues)
            {
                var standing = Standing(issue) is { } words ? " [" + words + "]" : string.Empty;
                Line(Where(issue.Location) + ": " + SeverityWord(issue.Severity) + " " + Rules(issue) + ": " + issue.Headline + standing);
                if (_verbosity >= ReportVerbosity.Detailed)
                {
                    foreach (var finding in issue.Findings)
                    {
                        Finding(finding);
                    }
                }
            }

            Blank();
        }

        private void Finding(Finding finding)
        {
            Line(Indent + Where(finding.Location) + ": " + SeverityWord(finding.Severity) + " " + finding.RuleId + ": " + finding.Message);
            Line(Indent + Indent + "advice: " + finding.Advice);
            foreach (var citation in finding.Citations)
            {
                Line(Indent + Indent + "source: " + Cite(citation, withCitedWorks: true));
            }

            if (finding.Evidence.Count > 0)
            {
                Line(Indent + Indent + "evidence: " + string.Join("; ", finding.Evidence.Select(e => e.ToString())));
            }

            if (finding.Suppression is { } suppression)
            {
                Line(Indent + Indent + "suppressed: " + suppression.Justification + (suppression.Location is null ? string.Empty : " (declared at " + suppression.Location + ")"));
            }

            foreach (var part in finding.PartlySetAside)
            {
                Line(Indent + Indent + "set aside for " + part.Path + " only (the finding concerns other records too): " + part.Justification + (part.Location is null ? string.Empty : " (declared at " + part.Location + ")"));
            }
        }

        private void Undecided()
        {
            foreach (var undecided in _result.InsufficientInformation.OrderBy(r => r.RuleId, StringComparer.Ordinal))
            {
                var first = undecided.MissingFacts.Count > 0 ? undecided.MissingFacts[0] : null;
                Line(Where(first?.Location ?? new FactLocation(string.Empty, null)) + ": info " + undecided.RuleId + ": insufficient information to assess '" + undecided.Descriptor.Title + "'");
                foreach (var missing in undecided.MissingFacts)
                {
                    Line(Indent + "needs " + missing.Location.Path + " (" + (missing.State == FactState.Unknown ? "recorded as unknown" : "not recorded") + "): " + missing.Question);
                }
            }
        }

        private void Quiet(Outcome outcome, string words)
        {
            var rules = _result.Results.Where(r => r.Outcome == outcome).Select(r => r.RuleId).ToList();
            if (rules.Count > 0)
            {
                Line(_entry.CasePath + ": " + PartnershipAssessment.Count(rules.Count, "rule", "rules") + " " + words + ": " + string.Join(", ", rules));
            }
        }

        private void Summary()
        {
            var counts = _result.Results.GroupBy(r => r.Outcome).ToDictionary(g => g.Key, g => g.Count());
            int Count(Outcome outcome) => counts.TryGetValue(outcome, out var n) ? n : 0;
            int Shown(Severity severity) => _result.Findings.Count(f => f.Severity == severity && !f.IsSuppressed);
            var suppressed = _result.Findings.Count(f => f.IsSuppressed);
            var silent = _result.Findings.Count(f => f.Severity == Severity.Silent && !f.IsSuppressed);
            var undecided = Count(Outcome.InsufficientInformation);
            Line(string.Format(
                CultureInfo.InvariantCulture,
                "{0}: {1} finding(s) ({2} error, {3} warning, {4} suggestion{5}{6}), {7} rule(s) with insufficient information{8}, {9} not fired, {10} not applicable{11}.",
                _entry.CasePath,
                Count(Outcome.Fired),
                Shown(Severity.Error),
                Shown(Severity.Warning),
                Shown(Severity.Suggestion),
                suppressed > 0 ? ", " + suppressed.ToString(CultureInfo.InvariantCulture) + " suppressed" : string.Empty,
                silent > 0 ? ", " + silent.ToString(CultureInfo.InvariantCulture) + " silent" : string.Empty,
                undecided,
                undecided > 0 && _verbosity < ReportVerbosity.Detailed ? " (--verbosity detailed lists the facts they need)" : string.Empty,
                Count(Outcome.NotFired),
                Count(Outcome.NotApplicable),
                _result.IsComplete ? string.Empty : "; EVALUATION INCOMPLETE"));
        }

        private static string Rules(Issue issue) => issue.RuleIds.Count <= 3
            ? string.Join(", ", issue.RuleIds)
            : string.Join(", ", issue.RuleIds.Take(2)) + " and " + (issue.RuleIds.Count - 2).ToString(CultureInfo.InvariantCulture) + " more";

        private static string Scale(double? score)
        {
            const int Width = 11;
            if (score is not { } value)
            {
                return "[" + new string('-', Width) + "]";
            }

            var at = (int)Math.Round((value + 1) / 2 * (Width - 1));
            return "[" + new string('-', at) + "o" + new string('-', Width - 1 - at) + "]";
        }

        private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

        private string Where(FactLocation location) =>
            location.Source?.ToString() ?? _entry.CasePath + (location.Path.Length == 0 ? string.Empty : " " + location.Path);

        private void Line(string text) => _output.WriteLine(TextEscaping.Line(text));

        private void Blank() => _output.WriteLine();
    }
}
