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
/// Writes the report as one self-contained HTML page: inline CSS, the profile and Jones's scale as inline SVG, no
/// scripts and no external addresses (a Content-Security-Policy that forbids both is part of the page). It leads with
/// the verdict, the profile and what to do first, then the issues (each opens to its findings, advice and citations),
/// the questions by partner, and the references. Case text is escaped (<see cref="HtmlEscaping"/>) everywhere.
/// </summary>
public sealed class HtmlReportWriter : ReportWriter
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1b1b1b;background:#fafafa;line-height:1.45}
        main{max-width:60rem;margin:0 auto;padding:1rem 1.5rem}
        article{background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem 1.5rem;margin-bottom:2rem}
        h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #eee;padding-bottom:.2rem}h3{font-size:1.05rem}
        .verdict{border-left:6px solid #888;padding:.5rem 1rem;background:#f4f4f4}
        .verdict-reconsider{border-color:#b3261e;background:#fdecea}.verdict-proceed-with-conditions{border-color:#b26a00;background:#fff4e5}
        .verdict-proceed{border-color:#1e6b32;background:#e9f6ec}.verdict-cannot-tell-yet{border-color:#50607a;background:#eef1f6}
        .caveat{font-size:.85rem;color:#555}
        table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}
        .band-strength{color:#1e6b32}.band-mixed{color:#8a5a00}.band-concern{color:#b3261e}.band-not-enough-known{color:#50607a}
        .severity{font-size:.8rem;text-transform:uppercase;letter-spacing:.03em;font-weight:600}
        .severity-error{color:#b3261e}.severity-warning{color:#8a5a00}.severity-suggestion{color:#2b5c8a}
        details{border:1px solid #e4e4e4;border-radius:4px;margin:.3rem 0;padding:.3rem .6rem}summary{cursor:pointer}
        blockquote{margin:.3rem 0 .3rem 1rem;color:#333}.note{font-size:.85rem;color:#555}code{font-size:.9em}
        figure{margin:.5rem 0}figcaption{font-size:.85rem;color:#555}
        """;

    private HtmlReportWriter()
    {
    }

    /// <summary>The writer.</summary>
    public static HtmlReportWriter Instance { get; } = new();

    /// <inheritdoc />
    public override ReportFormat Format => ReportFormat.Html;

    /// <inheritdoc />
    protected override void WriteReport(TextWriter output, Report report)
    {
        var title = report.Cases.Count == 1 ? report.Cases[0].PartnershipName ?? "Partnership" : PartnershipAssessment.Count(report.Cases.Count, "partnership", "partnerships");
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\">");
        output.WriteLine("<head>");
        output.WriteLine("<meta charset=\"utf-8\">");
        output.WriteLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        output.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        output.WriteLine("<title>What the research says: " + HtmlEscaping.Text(title) + "</title>");
        output.WriteLine("<style>" + Style.Replace("\r", string.Empty).Replace("\n", string.Empty) + "</style>");
        output.WriteLine("</head>");
        output.WriteLine("<body>");
        output.WriteLine("<main>");
        var number = 0;
        foreach (var entry in report.Cases)
        {
            number++;
            new CasePage(output, report, entry, "case-" + number.ToString(CultureInfo.InvariantCulture)).Write();
        }

        output.WriteLine("</main>");
        output.WriteLine("</body>");
        output.WriteLine("</html>");
    }

    /// <summary>One case's article.</summary>
    private sealed class CasePage
    {
        private readonly TextWriter _output;
        private readonly Report _report;
        private readonly CaseReport _entry;
        private readonly PartnershipAssessment _assessment;
        private readonly string _id;

        public CasePage(TextWriter output, Report report, CaseReport entry, string id)
        {
            _output = output;
            _report = report;
            _entry = entry;
            _assessment = report.Assess(entry);
            _id = id;
        }

        public void Write()
        {
            _output.WriteLine($"<article class=\"case\" id=\"{_id}\">");
            _output.WriteLine("<h1>" + H(_entry.PartnershipName ?? "Partnership") + ": what the research says</h1>");
            _output.WriteLine("<p>Case file <code>" + H(_entry.CasePath) + "</code>. The advice comes from Tett (2005) and Jones (2000); every finding cites the passage it rests on. Findings are advice to discuss, not verdicts.</p>");
            if (!_entry.Result.IsComplete)
            {
                _output.WriteLine("<p><strong>The evaluation did not complete; read these results as partial.</strong></p>");
            }

            if (_entry.Review is { } review)
            {
                SinceTheLastReview(ReviewSummary.Of(review, _report.Verbosity));
            }

            Verdict();
            Profile();
            Priorities();
            if (_report.Verbosity >= ReportVerbosity.Normal)
            {
                Issues();
                Questions();
            }

            References();
            _output.WriteLine("</article>");
        }

        /// <summary>A reviewed case leads with what changed since the earlier assessment.</summary>
        private void SinceTheLastReview(ReviewSummary summary)
        {
            _output.WriteLine($"<section class=\"review\" id=\"{_id}-review\">");
            _output.WriteLine("<h2>Since the last review</h2>");
            _output.WriteLine("<p>" + H(summary.Heading) + "</p>");
            _output.WriteLine("<p>" + H(summary.Counts) + "</p>");
            _output.WriteLine("<ul>");
            foreach (var (items, kind, hidden) in summary.Sections)
            {
                foreach (var item in items)
                {
                    _output.WriteLine($"<li class=\"{Css(item.Kind)}\">{H(Capital(item.Kind))}: <strong>{H(item.RuleId)}</strong> {H(item.Message)}{(item.Records.Length > 0 ? " (" + H(item.Records) + ")" : string.Empty)}</li>");
                }

                if (hidden > 0)
                {
                    _output.WriteLine("<li>" + H(string.Format(System.Globalization.CultureInfo.InvariantCulture, "... and {0} more {1} (--verbosity detailed lists them).", hidden, kind)) + "</li>");
                }
            }

            _output.WriteLine("</ul>");
            _output.WriteLine("<p>Areas that changed band: " + H(summary.Moved.Count == 0 ? "none." : string.Join("; ", summary.Moved) + ".") + "</p>");
            _output.WriteLine("</section>");
        }

        private void Verdict()
        {
            var verdict = _assessment.Verdict;
            _output.WriteLine($"<section class=\"verdict verdict-{Css(verdict.Words)}\" id=\"{_id}-verdict\">");
            _output.WriteLine("<h2>Verdict: " + H(Capital(verdict.Words)) + "</h2>");
            _output.WriteLine("<p>" + H(verdict.Reason) + "</p>");
            _output.WriteLine("<p class=\"caveat\">The verdict, the bands and the ranking are this library's reading of the papers' criteria, not the papers' words; the findings and the quotes are the papers'.</p>");
            _output.WriteLine("</section>");
        }

        private void Profile()
        {
            _output.WriteLine($"<section id=\"{_id}-profile\">");
            _output.WriteLine("<h2>Profile</h2>");
            ProfileChart();
            _output.WriteLine("<table>");
            _output.WriteLine("<thead><tr><th>area</th><th>band</th><th>in favour</th><th>against</th><th>minor</th><th>not yet known</th></tr></thead>");
            _output.WriteLine("<tbody>");
            foreach (var area in _assessment.Profile)
            {
                var serious = area.SeriousConcerns > 0 ? " (" + N(area.SeriousConcerns) + " serious)" : string.Empty;
                _output.WriteLine($"<tr><td>{H(area.Name)}</td><td class=\"band-{Css(TextReportWriter.BandWord(area.Band))}\">{TextReportWriter.BandWord(area.Band)}</td><td>{N(area.Strengths)}</td><td>{N(area.Concerns)}{serious}</td><td>{N(area.MinorConcerns)}</td><td>{N(area.Undecided)}</td></tr>");
            }

            _output.WriteLine("</tbody>");
            _output.WriteLine("</table>");
            JonesScale();
            _output.WriteLine("</section>");
        }

        /// <summary>A bar per area: in favour to the right (green), against to the left (red), unknown as a grey mark.</summary>
        private void ProfileChart()
        {
            const int Row = 24;
            const int Label = 130;
            const int Half = 170;
            var max = Math.Max(1, _assessment.Profile.Select(a => Math.Max(a.Strengths, a.Concerns)).DefaultIfEmpty(1).Max());
            var height = (Row * _assessment.Profile.Count) + 30;
            var width = Label + (Half * 2) + 100;
            _output.WriteLine("<figure class=\"profile-chart\">");
            _output.WriteLine($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"{_id}-chart-title\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">");
            _output.WriteLine($"<title id=\"{_id}-chart-title\">Points against and in favour, by area of the papers</title>");
            var axis = Label + Half;
            _output.WriteLine($"<text x=\"{axis - 6}\" y=\"14\" font-size=\"11\" text-anchor=\"end\" fill=\"#b3261e\">against</text><text x=\"{axis + 6}\" y=\"14\" font-size=\"11\" fill=\"#1e6b32\">in favour</text>");
            var y = 22;
            foreach (var area in _assessment.Profile)
            {
                var against = (int)Math.Round(area.Concerns * (double)Half / max);
                var favour = (int)Math.Round(area.Strengths * (double)Half / max);
                _output.WriteLine($"<g class=\"area\"><title>{H(area.Name)}: {N(area.Strengths)} in favour, {N(area.Concerns)} against, {N(area.Undecided)} not yet known</title>"
                    + $"<text x=\"0\" y=\"{y + 15}\" font-size=\"12\">{H(MarkdownReportWriter.Short(area.Category))}</text>"
                    + $"<rect x=\"{axis - against}\" y=\"{y + 3}\" width=\"{against}\" height=\"{Row - 8}\" fill=\"#d9534f\"/>"
                    + $"<rect x=\"{axis}\" y=\"{y + 3}\" width=\"{favour}\" height=\"{Row - 8}\" fill=\"#3c9a5f\"/>"
                    + $"<text x=\"{axis + (Half * 2) - Half + 10}\" y=\"{y + 15}\" font-size=\"11\" fill=\"#50607a\">{N(area.Undecided)} unknown</text></g>");
                y += Row;
            }

            _output.WriteLine($"<line x1=\"{axis}\" y1=\"18\" x2=\"{axis}\" y2=\"{height - 4}\" stroke=\"#555\"/>");
            _output.WriteLine("</svg>");
            _output.WriteLine("<figcaption>Each area's points against the partnership (left) and in its favour (right), and how many of its rules could not yet be decided.</figcaption>");
            _output.WriteLine("</figure>");
        }

        private void JonesScale()
        {
            var jones = _assessment.Jones;
            if (!jones.Applies)
            {
                return;
            }

            const int Width = 420;
            _output.WriteLine("<figure class=\"jones-scale\">");
            _output.WriteLine($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"{_id}-jones-title\" width=\"{Width}\" height=\"60\" viewBox=\"0 0 {Width} 60\">");
            _output.WriteLine($"<title id=\"{_id}-jones-title\">Jones's scale from disconnected to connected: {H(jones.Words)}</title>");
            _output.WriteLine("<line x1=\"20\" y1=\"30\" x2=\"400\" y2=\"30\" stroke=\"#555\" stroke-width=\"2\"/>");
            _output.WriteLine("<text x=\"20\" y=\"55\" font-size=\"11\">disconnected</text><text x=\"400\" y=\"55\" font-size=\"11\" text-anchor=\"end\">connected</text>");
            if (jones.Score is { } score)
            {
                var x = 20 + (int)Math.Round((score + 1) / 2 * 380);
                _output.WriteLine($"<circle class=\"position\" cx=\"{x}\" cy=\"30\" r=\"8\" fill=\"#2b5c8a\"/>");
            }

            _output.WriteLine("</svg>");
            _output.WriteLine($"<figcaption>Jones's scale: {H(jones.Words)} ({N(jones.Connected.Count)} connected, {N(jones.Disconnected.Count)} disconnected, {N(jones.Unrecorded)} not recorded).</figcaption>");
            _output.WriteLine("</figure>");
        }

        private void Priorities()
        {
            _output.WriteLine($"<section id=\"{_id}-priorities\">");
            _output.WriteLine("<h2>What to do first</h2>");
            if (_assessment.Priorities.Count == 0)
            {
                _output.WriteLine("<p>No finding calls for action.</p>");
            }
            else
            {
                _output.WriteLine("<ol>");
                foreach (var issue in _assessment.Priorities)
                {
                    _output.WriteLine($"<li>{Severity(issue.Severity)} <strong>{H(issue.Headline)}</strong> <span class=\"note\">({string.Join(", ", issue.RuleIds.Select(H))})</span><br>What to do: {H(issue.Advice[0])}</li>");
                }

                _output.WriteLine("</ol>");
            }

            _output.WriteLine("</section>");
        }

        private void Issues()
        {
            _output.WriteLine($"<section id=\"{_id}-issues\">");
            _output.WriteLine("<h2>Issues</h2>");
            foreach (var area in _assessment.Issues.GroupBy(i => i.Lead.Descriptor.Category).OrderBy(g => g.Key))
            {
                _output.WriteLine("<h3>" + H(Areas.Name(area.Key)) + "</h3>");
                foreach (var issue in area)
                {
                    _output.WriteLine("<details class=\"issue\">");
                    _output.WriteLine($"<summary>{Severity(issue.Severity)} {H(issue.Headline)} <span class=\"note\">({string.Join(", ", issue.RuleIds.Select(H))}; about {H(issue.Record.DisplayName)}{(TextReportWriter.Standing(issue) is { } standing ? "; " + standing : string.Empty)})</span></summary>");
                    foreach (var finding in issue.Findings)
                    {
                        Finding(finding);
                    }

                    _output.WriteLine("</details>");
                }
            }

            _output.WriteLine("</section>");
        }

        private void Finding(Finding finding)
        {
            _output.WriteLine($"<div class=\"finding\" data-rule=\"{H(finding.RuleId)}\">");
            _output.WriteLine($"<p>{Severity(finding.Severity)} <strong>{H(finding.Descriptor.Title)}</strong> <span class=\"note\">{H(finding.RuleId)}</span><br>{H(finding.Message)}</p>");
            if (finding.Suppression is { } suppression)
            {
                _output.WriteLine("<p><em>Set aside:</em> " + H(suppression.Justification) + "</p>");
            }

            _output.WriteLine("<p><em>What to do:</em> " + H(finding.Advice) + "</p>");
            foreach (var citation in finding.Citations)
            {
                var cited = citation.Cites.Count == 0 ? string.Empty : " Citing " + H(string.Join("; ", citation.Cites.Select(w => w.Authors + " (" + w.Year + ")"))) + ".";
                var note = citation.Note is null ? string.Empty : "<br><span class=\"note\">Note: " + H(citation.Note.Trim()) + "</span>";
                _output.WriteLine($"<blockquote class=\"citation\">\u201C{H(citation.Quote)}\u201D<br><span class=\"note\">{H(citation.Source.ShortCitation)}, section \u201C{H(citation.Section)}\u201D.{cited}</span>{note}</blockquote>");
            }

            if (finding.Evidence.Count > 0)
            {
                _output.WriteLine("<p class=\"note\">Based on: " + string.Join("; ", finding.Evidence.Select(e => "<code>" + H(e.Location.Path) + "</code> = " + H(e.Value) + (e.Note is null ? string.Empty : " (" + H(e.Note) + ")"))) + "</p>");
            }

            _output.WriteLine("</div>");
        }

        private void Questions()
        {
            _output.WriteLine($"<section id=\"{_id}-questions\">");
            _output.WriteLine("<h2>Questions to answer</h2>");
            if (_assessment.QuestionGroups.Count == 0)
            {
                _output.WriteLine("<p>Nothing is left undecided for lack of information.</p>");
            }

            foreach (var group in _assessment.QuestionGroups)
            {
                _output.WriteLine("<h3>" + H(Capital(group.Record.DisplayName)) + "</h3>");
                _output.WriteLine("<ul>");
                foreach (var question in group.Questions)
                {
                    var state = question.State == FactState.Unknown ? "recorded as unknown" : "not recorded";
                    _output.WriteLine($"<li>{H(question.Question)} <span class=\"note\">(<code>{H(question.Path)}</code>, {state}; would settle {string.Join(", ", question.Settles.Select(r => H(r.RuleId)))})</span></li>");
                }

                _output.WriteLine("</ul>");
            }

            _output.WriteLine("</section>");
        }

        private void References()
        {
            var works = _entry.Result.Findings
                .SelectMany(f => f.Citations)
                .SelectMany(c => new[] { c.Source }.Concat(c.Cites))
                .GroupBy(w => w.Key, StringComparer.Ordinal)
                .Select(g => g.First())
                .OrderBy(w => w.Authors, StringComparer.Ordinal)
                .ThenBy(w => w.Year, StringComparer.Ordinal)
                .ToList();
            if (works.Count == 0)
            {
                return;
            }

            _output.WriteLine($"<section id=\"{_id}-references\">");
            _output.WriteLine("<h2>References</h2>");
            _output.WriteLine("<ul>");
            foreach (var work in works)
            {
                _output.WriteLine("<li>" + H(work.FullReference) + (work.Note is null ? string.Empty : " <span class=\"note\">Note: " + H(work.Note.Trim()) + "</span>") + "</li>");
            }

            _output.WriteLine("</ul>");
            _output.WriteLine("</section>");
        }

        private static string Severity(Severity severity) =>
            $"<span class=\"severity severity-{TextReportWriter.SeverityWord(severity)}\">{MarkdownReportWriter.SeverityName(severity)}</span>";

        private static string H(string? text) => HtmlEscaping.Text(text);

        private static string N(int count) => count.ToString(CultureInfo.InvariantCulture);

        private static string Css(string words) => words.Replace(' ', '-');

        private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
