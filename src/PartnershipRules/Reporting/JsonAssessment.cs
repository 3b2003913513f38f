using System.Linq;
using System.Text.Json;
using PartnershipRules.Assessment;
using PartnershipRules.Documents;
using PartnershipRules.Facts;

namespace PartnershipRules.Reporting;

/// <summary>Writes an assessment as the <c>assessment</c> object of the JSON report (and of SARIF's run properties).</summary>
internal static class JsonAssessment
{
    public static void Write(Utf8JsonWriter json, string name, PartnershipAssessment assessment)
    {
        json.WriteStartObject(name);
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
        json.WriteStartArray("issues");
        foreach (var issue in assessment.Issues)
        {
            json.WriteStartObject();
            json.WriteString("id", issue.Id);
            json.WriteString("record", issue.Record.DisplayName);
            json.WriteString("fact", issue.Fact);
            json.WriteString("headline", issue.Headline);
            json.WriteString("severity", TextReportWriter.SeverityWord(issue.Severity));
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
        foreach (var question in assessment.Questions)
        {
            json.WriteStartObject();
            json.WriteString("path", question.Path);
            json.WriteString("key", Reviews.PreviousAssessment.QuestionKey(question));
            json.WriteString("record", question.Record.DisplayName);
            json.WriteString("question", question.Question);
            json.WriteString("state", question.State == FactState.Unknown ? "unknown" : "not_recorded");
            json.WriteNumber("weight", question.Weight);
            Strings(json, "settles", question.Settles.Select(r => r.RuleId));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        var jones = assessment.Jones;
        json.WriteStartObject("jones");
        json.WriteBoolean("applies", jones.Applies);
        if (jones.Score is { } score)
        {
            json.WriteNumber("score", System.Math.Round(score, 3));
        }
        else
        {
            json.WriteNull("score");
        }

        json.WriteString("words", jones.Words);
        Strings(json, "connected", jones.Connected.Select(r => r.RuleId));
        Strings(json, "disconnected", jones.Disconnected.Select(r => r.RuleId));
        json.WriteNumber("unrecorded", jones.Unrecorded);
        json.WriteNumber("absent", jones.Absent);
        if (jones.Classification is { } classification)
        {
            json.WriteString("classification", classification.RuleId);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// The assessment in brief, for a JSON-lines result: the verdict and the rules it rests on, each area's band,
    /// the priorities (issue id, severity, rules), the top questions' fact paths and Jones's position in words.
    /// </summary>
    public static void WriteBrief(Utf8JsonWriter json, string name, PartnershipAssessment assessment, int questionCount)
    {
        json.WriteStartObject(name);
        json.WriteString("verdict", Spelling.Of(assessment.Verdict.Kind));
        Strings(json, "decidedBy", assessment.Verdict.DecidedBy.Select(f => f.RuleId).Concat(assessment.Verdict.Undecided.Select(r => r.RuleId)));
        json.WriteStartObject("bands");
        foreach (var area in assessment.Profile)
        {
            json.WriteString(Spelling.Of(area.Category), Spelling.Of(area.Band));
        }

        json.WriteEndObject();
        json.WriteStartArray("priorities");
        foreach (var issue in assessment.Priorities)
        {
            json.WriteStartObject();
            json.WriteString("id", issue.Id);
            json.WriteString("severity", TextReportWriter.SeverityWord(issue.Severity));
            Strings(json, "rules", issue.RuleIds);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "questions", assessment.Questions.Take(questionCount).Select(q => q.Path));
        json.WriteString("jones", assessment.Jones.Words);
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, System.Collections.Generic.IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
