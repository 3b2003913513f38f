using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using PartnershipRules.Cases;
using PartnershipRules.Hosting;
using PartnershipRules.Reporting;

namespace PartnershipRules.Samples.CaseManagement;

/// <summary>
/// <c>POST /partnerships/check</c>: a case in the body (the case-file shape, JSON or YAML, UTF-8), a summary of its
/// assessment back, or the whole JSON report with <c>?detail=full</c>.
/// </summary>
internal static class CheckEndpoint
{
    /// <summary>The endpoint's address.</summary>
    public const string Pattern = "/partnerships/check";

    /// <summary>Answers one check.</summary>
    /// <param name="request">The request.</param>
    /// <param name="advisor">The shared advisor.</param>
    /// <param name="cancellationToken">The request's abort token.</param>
    /// <returns>The answer.</returns>
    public static async Task<IResult> HandleAsync(HttpRequest request, IPartnershipAdvisor advisor, CancellationToken cancellationToken)
    {
        // Both refusals come before the body is read, so a request that would be refused anyway costs nothing more.
        if (!CaseMediaType.TryAccept(request.ContentType, out var isYaml))
        {
            request.HttpContext.Response.Headers.Accept = string.Join(", ", CaseMediaType.Accepted);
            return ProblemResponses.Problem(
                StatusCodes.Status415UnsupportedMediaType,
                "Send the case as " + string.Join(", ", CaseMediaType.Accepted) + ", in UTF-8 (no charset, or charset=utf-8).",
                new Dictionary<string, object?> { ["accepted"] = CaseMediaType.Accepted });
        }

        if (ReportDetails.From(request.Query[ReportDetails.Parameter]) is not { } detail)
        {
            return ProblemResponses.Problem(
                StatusCodes.Status400BadRequest,
                "The query parameter '" + ReportDetails.Parameter + "' takes one of: " + string.Join(", ", ReportDetails.Allowed) + ".",
                new Dictionary<string, object?> { ["allowed"] = ReportDetails.Allowed });
        }

        // Buffered first: the case reader reads synchronously, which Kestrel refuses on the request stream itself.
        // Kestrel's MaxRequestBodySize (the case-file limit) bounds the buffer: past it the read throws, and the
        // exception handler answers 413.
        var name = isYaml ? "request.yaml" : "request.json";
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken).ConfigureAwait(false);
        body.Position = 0;
        var load = advisor.ReadCase(name, body);
        if (load.HasErrors || load.Case is null)
        {
            return CaseNotRead(load);
        }

        var result = advisor.Analyze(load.Case, cancellationToken);
        var entry = new CaseReport(name, load.Case.Partnership.Name, result) { PartnershipId = load.Case.Partnership.Id };
        var report = Report.For(advisor.Analyzer, new[] { entry });
        return detail == ReportDetail.Full ? FullReport(report) : Summary(report, entry);
    }

    // The same diagnostics a case file gets, with line and column in the posted body (invalid UTF-8 is PR0003).
    internal static IResult CaseNotRead(CaseLoadResult load)
    {
        var errors = load.Diagnostics.Where(d => d.IsError).Select(d => new CaseError(d.Id, d.Message, d.Location?.Line, d.Location?.Column)).ToList();
        var detail = errors.Count == 1 ? "The case could not be read: 1 error." : "The case could not be read: " + errors.Count + " errors.";
        return ProblemResponses.Problem(StatusCodes.Status400BadRequest, detail, new Dictionary<string, object?> { ["errors"] = errors });
    }

    internal static IResult Summary(Report report, CaseReport entry)
    {
        var output = new ArrayBufferWriter<byte>(16 * 1024);
        SummaryWriter.Write(report, entry, output);
        return TypedResults.Bytes(output.WrittenMemory, "application/json");
    }

    internal static IResult FullReport(Report report)
    {
        // Written as UTF-8 bytes rather than through a StringWriter: a large case's report is tens of megabytes, and
        // a string of it would be twice that again.
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true))
        {
            ReportWriter.For(ReportFormat.Json).Write(writer, report);
        }

        // The array outlives the stream's disposal; copying it out would cost another report's worth of memory.
        return TypedResults.Bytes(new System.ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), "application/json");
    }

    /// <summary>One error of a case that could not be read, as the <c>errors</c> member of the 400 problem lists it.</summary>
    /// <param name="Id">The diagnostic's id, e.g. PR0003.</param>
    /// <param name="Message">What is wrong and how to put it right.</param>
    /// <param name="Line">The line in the body, from 1.</param>
    /// <param name="Column">The column in the line, from 1.</param>
    internal sealed record CaseError(string Id, string Message, int? Line, int? Column);
}
