using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using PartnershipRules.Assessment;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Facts;
using PartnershipRules.Model;
using PartnershipRules.Reporting;

namespace PartnershipRules.Samples.CaseManagement;

/// <summary>
/// The check endpoint's default answer: the library's JSON report (<see cref="JsonReportWriter"/>) cut to what a
/// caller acts on. The same field names and spellings, so a client reads <c>cases[0].assessment.verdict.kind</c> the
/// same way in either; left out are the lists that grow with the case (findings, undecided rules with their facts,
/// rules that did not apply, issues beyond the priorities, questions beyond the first few), and <c>counts</c> says how
/// many of each the full report has. The library's JSON writer always writes everything (its verbosity governs only the
/// human formats), hence this writer.
/// </summary>
internal static class SummaryWriter
{
    // As the library's JSON report encodes text: every script legible, HTML-significant and control characters escaped.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The summary of a report's one case, as UTF-8 JSON.</summary>
    /// <param name="report">The report, as the full answer would be written from it.</param>
    /// <param name="entry">Its case.</param>
    /// <param name="output">Where the JSON goes.</param>
    public static void Write(Report report, CaseReport entry, IBufferWriter<byte> output)
    {
        var result = entry.Result;
        var assessment = report.Assess(entry);
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("detail", "summary");
        json.WriteString("tool", "PartnershipRules");
        if (report.Stamp is { } stamp)
        {
            json.WriteStartObject("stamp");
            json.WriteString("toolVersion", stamp.ToolVersion);
            json.WriteString("ruleSetHash", stamp.RuleSetHash);
            if (stamp.EvaluationDate is { } date)
            {
                json.WriteString("evaluationDate", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            json.WriteEndObject();
        }

        json.WriteStartArray("cases");
        json.WriteStartObject();
        json.WriteString("case", entry.CasePath);
        json.WriteString("partnership", entry.PartnershipName);
        json.WriteBoolean("complete", result.IsComplete);
        json.WriteStartObject("summary");
        json.WriteNumber("fired", result.Results.Count(r => r.Outcome == Outcome.Fired));
        json.WriteNumber("notFired", result.Results.Count(r => r.Outcome == Outcome.NotFired));
        json.WriteNumber("insufficientInformation", result.Results.Count(r => r.Outcome == Outcome.InsufficientInformation));
        json.WriteNumber("notApplicable", result.Results.Count(r => r.Outcome == Outcome.NotApplicable));
        json.WriteEndObject();
        json.WriteStartObject("counts");
        json.WriteNumber("findings", result.Findings.Count);
        json.WriteNumber("findingsOmitted", result.FindingsOmitted);
        json.WriteNumber("issues", assessment.Issues.Count);
        json.WriteNumber("questions", assessment.Questions.Count);
        json.WriteEndObject();
        WriteAssessment(json, assessment, report.AssessmentOptions.QuestionCount);
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("id", diagnostic.Id);
            json.WriteString("severity", Diagnostic.SeverityWord(diagnostic.Severity));
            json.WriteString("message", diagnostic.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteAssessment(Utf8JsonWriter json, PartnershipAssessment assessment, int questionCount)
    {
        json.WriteStartObject("assessment");
        var verdict = assessment.Verdict;
        json.WriteStartObject("verdict");
        json.WriteString("kind", Spelling.Of(verdict.Kind));
        json.WriteString("reason", verdict.Reason);
        Strings(json, "decidedBy", verdict.DecidedBy.Select(f => f.RuleId));
        Strings(json, "undecided", verdict.Undecided.Select(r => r.RuleId));
        Strings(json, "questions", verdict.Questions.Select(q => q.Path));
        json.WriteEndObject();

        json.WriteStartArray("profile");
        foreach (var area in assessment.Profile)
        {
            json.WriteStartObject();
            json.WriteString("area", Spelling.Of(area.Category));
            json.WriteString("name", area.Name);
            json.WriteString("band", Spelling.Of(area.Band));
            json.WriteNumber("inFavour", area.Strengths);
            json.WriteNumber("against", area.Concerns);
            json.WriteNumber("serious", area.SeriousConcerns);
            json.WriteNumber("minor", area.MinorConcerns);
            json.WriteNumber("unknown", area.Undecided);
            json.WriteNumber("applicable", area.Applicable);
            json.WriteNumber("notApplicable", area.NotApplicable);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        // Only the issues the priorities name, so each id in "priorities" still resolves within the answer.
        json.WriteStartArray("issues");
        foreach (var issue in assessment.Priorities)
        {
            json.WriteStartObject();
            json.WriteString("id", issue.Id);
            json.WriteString("record", issue.Record.DisplayName);
            json.WriteString("fact", issue.Fact);
            json.WriteString("headline", issue.Headline);
            json.WriteString("severity", Spelling.Of(issue.Severity));
            json.WriteBoolean("reasonToAvoid", issue.IsReasonToAvoid);
            json.WriteBoolean("callsForAction", issue.CallsForAction);
            json.WriteBoolean("strength", issue.IsStrength);
            json.WriteBoolean("suppressed", issue.IsSuppressed);
            Strings(json, "rules", issue.RuleIds);
            Strings(json, "criteria", issue.Criteria);
            Strings(json, "areas", issue.Categories.Select(c => Spelling.Of(c)));
            Strings(json, "advice", issue.Advice);
            json.WriteString("path", issue.Location.Path);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "priorities", assessment.Priorities.Select(i => i.Id));
        json.WriteStartArray("questions");
        foreach (var question in assessment.Questions.Take(questionCount))
        {
            json.WriteStartObject();
            json.WriteString("path", question.Path);
            json.WriteString("record", question.Record.DisplayName);
            json.WriteString("question", question.Question);
            json.WriteString("state", question.State == FactState.Unknown ? "unknown" : "not_recorded");
            json.WriteNumber("weight", question.Weight);
            Strings(json, "settles", question.Settles.Select(r => r.RuleId));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("jones");
        json.WriteBoolean("applies", assessment.Jones.Applies);
        if (assessment.Jones.Score is { } score)
        {
            json.WriteNumber("score", System.Math.Round(score, 3));
        }
        else
        {
            json.WriteNull("score");
        }

        json.WriteString("words", assessment.Jones.Words);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
