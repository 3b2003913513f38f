using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace PartnershipRules.Samples.CaseManagement;

/// <summary>
/// Every error the service answers with, as RFC 9457 problem details (<c>application/problem+json</c>): the title is
/// the status's reason phrase, the detail says what to change, and nothing carries an exception's message, type or
/// stack trace, whatever the environment.
/// </summary>
internal static class ProblemResponses
{
    /// <summary>A problem for an endpoint to return.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="detail">What went wrong with this request, in words the caller can act on.</param>
    /// <param name="extensions">Further members, e.g. <c>errors</c>.</param>
    /// <returns>The result.</returns>
    public static IResult Problem(int status, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: ReasonPhrases.GetReasonPhrase(status), type: TypeOf(status), extensions: extensions);

    /// <summary>Writes a problem as the response.</summary>
    /// <param name="context">The request.</param>
    /// <param name="status">The HTTP status.</param>
    /// <param name="detail">What went wrong.</param>
    /// <param name="extensions">Further members.</param>
    /// <returns>The write.</returns>
    public static Task WriteAsync(HttpContext context, int status, string detail, IDictionary<string, object?>? extensions = null) =>
        Problem(status, detail, extensions).ExecuteAsync(context);

    /// <summary>
    /// The exception handler's answer. Kestrel reports a body over <c>MaxRequestBodySize</c> by throwing
    /// <see cref="BadHttpRequestException"/> from the read, so it is mapped back to the status it carries (413) rather
    /// than becoming a 500.
    /// </summary>
    /// <param name="context">The request that failed.</param>
    /// <returns>The write.</returns>
    public static Task ForExceptionAsync(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        return exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => WriteAsync(context, StatusCodes.Status413PayloadTooLarge, TooLarge(context)),
            BadHttpRequestException bad => WriteAsync(context, bad.StatusCode, "The request could not be read."),
            _ => WriteAsync(context, StatusCodes.Status500InternalServerError, "The service could not answer this request; its log says why."),
        };
    }

    /// <summary>Whether the exception handler should leave an exception out of the error log: a client's bad request is not the service's error.</summary>
    /// <param name="context">The handled exception.</param>
    /// <returns>True for a bad request.</returns>
    public static bool IsClientError(ExceptionHandlerSuppressDiagnosticsContext context) => context.Exception is BadHttpRequestException;

    /// <summary>The answer to an error status that nothing wrote a body for: an unknown address (404), a method the address does not take (405).</summary>
    /// <param name="context">The status-code-pages context.</param>
    /// <returns>The write.</returns>
    public static Task ForStatusCodeAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var detail = status switch
        {
            StatusCodes.Status404NotFound => "Nothing is served at this address. The service has POST /partnerships/check and GET /rules.",
            StatusCodes.Status405MethodNotAllowed => "This address does not take " + http.Request.Method + "; the Allow header lists the methods it takes.",
            _ => "The request could not be answered.",
        };
        return WriteAsync(http, status, detail);
    }

    private static string TooLarge(HttpContext context) =>
        context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize is { } limit
            ? string.Format(CultureInfo.InvariantCulture, "The request body is larger than the case-file limit of {0:N0} bytes (PartnershipRules:CaseFileLimits:MaxFileBytes).", limit)
            : "The request body is larger than the case-file limit (PartnershipRules:CaseFileLimits:MaxFileBytes).";

    // ASP.NET Core fills in the type for the statuses of RFC 9110 it knows; these two it leaves empty.
    private static string? TypeOf(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        StatusCodes.Status429TooManyRequests => "https://tools.ietf.org/html/rfc6585#section-4",
        _ => null,
    };
}
