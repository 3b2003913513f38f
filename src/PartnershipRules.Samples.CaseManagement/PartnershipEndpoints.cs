using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PartnershipRules.Documents;
using PartnershipRules.Facts;
using PartnershipRules.Hosting;
using PartnershipRules.Reporting;
using PartnershipRules.Samples.CaseManagement.Storage;

namespace PartnershipRules.Samples.CaseManagement;

/// <summary>
/// A partnership's case versions over time: <c>POST /partnerships/{key}/versions</c> stores one with its assessment;
/// the reads give the latest assessment, the history, the review between a version and the one before it, and the HTML
/// report and history page.
/// </summary>
internal static class PartnershipEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="app">The application.</param>
    public static void MapPartnershipEndpoints(this IEndpointRouteBuilder app)
    {
        // "check" is the stateless endpoint's address, not a partnership's key: GET /partnerships/check stays a 405.
        const string Key = "/partnerships/{key:regex(^(?!check$))}";
        app.MapPost(Key + "/versions", AddVersionAsync).RequireRateLimiting(CheckRateLimiting.Policy);
        app.MapGet(Key, LatestAsync);
        app.MapGet(Key + "/versions/{number:int}", VersionAsync);
        app.MapGet(Key + "/history", HistoryAsync);
        app.MapGet(Key + "/history.html", HistoryPageAsync);
        app.MapGet(Key + "/versions/{number:int}/review", ReviewAsync);
        app.MapGet(Key + "/versions/{number:int}/report", ReportAsync);
    }

    private static async Task<IResult> AddVersionAsync(string key, HttpRequest request, IPartnershipAdvisor advisor, StoreAnalyzer store, PartnershipsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!CaseMediaType.TryAccept(request.ContentType, out var isYaml))
        {
            request.HttpContext.Response.Headers.Accept = string.Join(", ", CaseMediaType.Accepted);
            return ProblemResponses.Problem(
                StatusCodes.Status415UnsupportedMediaType,
                "Send the case as " + string.Join(", ", CaseMediaType.Accepted) + ", in UTF-8 (no charset, or charset=utf-8).",
                new Dictionary<string, object?> { ["accepted"] = CaseMediaType.Accepted });
        }

        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken).ConfigureAwait(false);
        var content = body.ToArray();
        body.Position = 0;
        var load = advisor.ReadCase(isYaml ? "request.yaml" : "request.json", body);
        if (load.HasErrors || load.Case is null)
        {
            return CheckEndpoint.CaseNotRead(load);
        }

        var partnership = load.Case.Partnership;
        if (partnership.Id is { } id && !string.Equals(id, key, StringComparison.Ordinal))
        {
            return ProblemResponses.Problem(StatusCodes.Status400BadRequest, "The case's partnership.id is '" + id + "' but the address names partnership '" + key + "'; post it to /partnerships/" + id + "/versions.");
        }

        // The history is ordered by the date each case was assessed on, so a case without one cannot take its place.
        if (partnership.AssessedOn.State != FactState.Known)
        {
            return ProblemResponses.Problem(StatusCodes.Status400BadRequest, "The case records no partnership.assessedOn; a stored version needs the date it was assessed on.");
        }

        var result = store.Analyzer.Analyze(load.Case, cancellationToken);
        var entry = new CaseReport(isYaml ? "request.yaml" : "request.json", partnership.Name, result) { PartnershipId = key };
        var version = new CaseVersion
        {
            Content = content,
            IsYaml = isYaml,
            AssessedOn = DateOnly.FromDateTime(partnership.AssessedOn.Value),
            ReceivedAt = clock.GetUtcNow(),
            Assessment = StoredCase.Store(store.Analyzer, entry),
        };
        var number = await VersionStore.AppendAsync(db, key, partnership.Name, version, cancellationToken).ConfigureAwait(false);
        return new Created(VersionPath(key, number), Results.Text(version.Assessment.SummaryJson, "application/json", Encoding.UTF8, StatusCodes.Status201Created));
    }

    private static async Task<IResult> LatestAsync(string key, HttpRequest request, PartnershipsDbContext db, CancellationToken cancellationToken)
    {
        var versions = await HistoryOfAsync(db, key, cancellationToken).ConfigureAwait(false);
        return versions.Count == 0 ? UnknownPartnership(key) : await AssessmentAsync(db, versions[^1], request).ConfigureAwait(false);
    }

    private static async Task<IResult> VersionAsync(string key, int number, HttpRequest request, PartnershipsDbContext db, CancellationToken cancellationToken)
    {
        var versions = await HistoryOfAsync(db, key, cancellationToken).ConfigureAwait(false);
        if (versions.Count == 0)
        {
            return UnknownPartnership(key);
        }

        return versions.FirstOrDefault(v => v.Number == number) is { } version
            ? await AssessmentAsync(db, version, request).ConfigureAwait(false)
            : UnknownVersion(key, number);
    }

    private static async Task<IResult> AssessmentAsync(PartnershipsDbContext db, CaseVersion version, HttpRequest request)
    {
        if (ReportDetails.From(request.Query[ReportDetails.Parameter]) is not { } detail)
        {
            return ProblemResponses.Problem(
                StatusCodes.Status400BadRequest,
                "The query parameter '" + ReportDetails.Parameter + "' takes one of: " + string.Join(", ", ReportDetails.Allowed) + ".",
                new Dictionary<string, object?> { ["allowed"] = ReportDetails.Allowed });
        }

        var assessment = await db.Assessments.AsNoTracking().SingleAsync(a => a.CaseVersionId == version.Id, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return Results.Text(detail == ReportDetail.Full ? assessment.ReportJson : assessment.SummaryJson, "application/json", Encoding.UTF8);
    }

    private static async Task<IResult> HistoryAsync(string key, PartnershipsDbContext db, CancellationToken cancellationToken)
    {
        var versions = await HistoryOfAsync(db, key, cancellationToken, withAssessments: true).ConfigureAwait(false);
        if (versions.Count == 0)
        {
            return UnknownPartnership(key);
        }

        return Results.Json(new
        {
            partnership = key,
            versions = versions.Select(v => new
            {
                version = v.Number,
                assessedOn = v.AssessedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                receivedAt = v.ReceivedAt,
                verdict = v.Assessment!.Verdict,
                profile = JsonDocument.Parse(v.Assessment.ProfileJson).RootElement.Clone(),
                findings = v.Assessment.FindingCount,
                ruleSetHash = v.Assessment.RuleSetHash,
            }),
        });
    }

    private static async Task<IResult> ReviewAsync(string key, int number, IPartnershipAdvisor advisor, StoreAnalyzer store, PartnershipsDbContext db, CancellationToken cancellationToken)
    {
        var (versions, index, missing) = await VersionInHistoryAsync(db, key, number, cancellationToken).ConfigureAwait(false);
        if (missing is not null)
        {
            return missing;
        }

        if (index == 0)
        {
            return ProblemResponses.Problem(StatusCodes.Status404NotFound, "Version " + number + " of partnership '" + key + "' is its earliest; there is no review before it to compare with.");
        }

        var then = StoredCase.Evaluate(advisor, store.Analyzer, versions[index - 1], cancellationToken);
        var now = StoredCase.Evaluate(advisor, store.Analyzer, versions[index], cancellationToken);
        var review = now.ReviewSince(store.Analyzer, then);
        return Results.Json(new
        {
            partnership = key,
            version = number,
            previousVersion = then.Version.Number,
            verdictThen = review.VerdictThen is { } verdictThen ? Spelling.Of(verdictThen) : null,
            verdictNow = Spelling.Of(review.VerdictNow),
            profile = review.Profile.Select(a => new { area = Spelling.Of(a.Category), name = a.Name, then = a.Then is { } band ? Spelling.Of(band) : null, now = Spelling.Of(a.Now), changed = a.HasChanged }),
            @new = review.New.Select(f => StoredCase.FindingJson(f.RuleId, f.Severity, f.Message)),
            changed = review.Changed.Select(f => StoredCase.FindingJson(f.RuleId, f.Severity, f.Message)),
            unchanged = review.Unchanged.Select(f => StoredCase.FindingJson(f.RuleId, f.Severity, f.Message)),
            resolved = review.Resolved.Select(f => StoredCase.FindingJson(f.RuleId, f.Severity, f.Message)),
            questionsAnswered = review.QuestionsAnswered,
            questionsStillOpen = review.QuestionsStillOpen,
        });
    }

    private static async Task<IResult> ReportAsync(string key, int number, IPartnershipAdvisor advisor, StoreAnalyzer store, PartnershipsDbContext db, CancellationToken cancellationToken)
    {
        var (versions, index, missing) = await VersionInHistoryAsync(db, key, number, cancellationToken).ConfigureAwait(false);
        if (missing is not null)
        {
            return missing;
        }

        var now = StoredCase.Evaluate(advisor, store.Analyzer, versions[index], cancellationToken);
        var entry = index == 0
            ? now.Entry
            : new CaseReport(now.Entry.CasePath, now.Entry.PartnershipName, now.Entry.Result)
            {
                PartnershipId = now.Entry.PartnershipId,
                Review = now.ReviewSince(store.Analyzer, StoredCase.Evaluate(advisor, store.Analyzer, versions[index - 1], cancellationToken)),
            };
        return Html(writer => ReportWriter.For(ReportFormat.Html).Write(writer, Report.For(store.Analyzer, new[] { entry })));
    }

    private static async Task<IResult> HistoryPageAsync(string key, IPartnershipAdvisor advisor, StoreAnalyzer store, PartnershipsDbContext db, CancellationToken cancellationToken)
    {
        var versions = await HistoryOfAsync(db, key, cancellationToken, withContent: true).ConfigureAwait(false);
        if (versions.Count == 0)
        {
            return UnknownPartnership(key);
        }

        var entries = versions.Select(v => StoredCase.Evaluate(advisor, store.Analyzer, v, cancellationToken).Entry).ToList();
        return Html(writer => HistoryWriter.Write(writer, Report.For(store.Analyzer, entries), ReportFormat.Html));
    }

    // A partnership's versions (with their text) in the history's order and where the one asked for stands in it, or
    // the 404 that says whether the partnership or the version is missing.
    private static async Task<(List<CaseVersion> Versions, int Index, IResult? Missing)> VersionInHistoryAsync(PartnershipsDbContext db, string key, int number, CancellationToken cancellationToken)
    {
        var versions = await HistoryOfAsync(db, key, cancellationToken, withContent: true).ConfigureAwait(false);
        var index = versions.FindIndex(v => v.Number == number);
        return (versions, index, versions.Count == 0 ? UnknownPartnership(key) : index < 0 ? UnknownVersion(key, number) : null);
    }

    // A partnership's versions in the history's order: by the date each was assessed on, then as received. The case
    // text is loaded only when the versions are to be read again.
    private static async Task<List<CaseVersion>> HistoryOfAsync(PartnershipsDbContext db, string key, CancellationToken cancellationToken, bool withAssessments = false, bool withContent = false)
    {
        var query = db.CaseVersions.AsNoTracking().Where(v => v.Partnership!.Key == key);
        if (withAssessments)
        {
            query = query.Include(v => v.Assessment);
        }
        else if (!withContent)
        {
            query = query.Select(v => new CaseVersion { Id = v.Id, PartnershipId = v.PartnershipId, Number = v.Number, IsYaml = v.IsYaml, AssessedOn = v.AssessedOn, ReceivedAt = v.ReceivedAt });
        }

        var versions = await query.ToListAsync(cancellationToken).ConfigureAwait(false);
        return versions.OrderBy(v => v.AssessedOn).ThenBy(v => v.Number).ToList();
    }

    private static IResult Html(Action<TextWriter> write)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        write(text);
        return Results.Text(text.ToString(), "text/html", Encoding.UTF8);
    }

    private static string VersionPath(string key, int number) => "/partnerships/" + Uri.EscapeDataString(key) + "/versions/" + number;

    private static IResult UnknownPartnership(string key) =>
        ProblemResponses.Problem(StatusCodes.Status404NotFound, "No partnership '" + key + "' is stored; post its first case to /partnerships/" + key + "/versions.");

    private static IResult UnknownVersion(string key, int number) =>
        ProblemResponses.Problem(StatusCodes.Status404NotFound, "Partnership '" + key + "' has no version " + number + ".");

    // 201 with the summary as the body and the new version's address.
    private sealed class Created(string location, IResult body) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.Location = location;
            return body.ExecuteAsync(httpContext);
        }
    }
}
