using System;
using System.Globalization;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PartnershipRules.Samples.CaseManagement;

/// <summary>
/// One concurrency limiter shared by every call of the check endpoint, sized by the <c>Sample</c> section: past
/// <see cref="SampleOptions.MaxConcurrentChecks"/> running and <see cref="SampleOptions.QueuedChecks"/> waiting, a
/// request is refused with 429 and a <c>Retry-After</c> header before its body is read.
/// </summary>
internal static class CheckRateLimiting
{
    /// <summary>The rate-limiting policy the check endpoint requires.</summary>
    public const string Policy = "checks";

    // A concurrency lease carries no retry time of its own (nothing knows when a running check will end); a typical
    // check takes well under a second and the largest about two, so one second is a fair hint.
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);

    /// <summary>Binds and validates the <c>Sample</c> section (at start-up) and registers the limiter it sizes.</summary>
    /// <param name="services">The application's services.</param>
    /// <param name="section">The <c>Sample</c> section.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddCheckRateLimiting(this IServiceCollection services, IConfiguration section)
    {
        // A misspelt key would otherwise leave the default in force without a word.
        services.AddOptions<SampleOptions>()
            .Bind(section, binder => binder.ErrorOnUnknownConfiguration = true)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SampleOptions>>(new SampleOptionsValidator());

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
        });

        // Configured from the bound options, so the limiter is sized only after they have been validated at start-up.
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SampleOptions>>((limiter, sample) =>
            limiter.AddConcurrencyLimiter(Policy, concurrency =>
            {
                concurrency.PermitLimit = sample.Value.MaxConcurrentChecks;
                concurrency.QueueLimit = sample.Value.QueuedChecks;
                concurrency.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            }));
        return services;
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : DefaultRetryAfter;
        var seconds = (int)Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds));
        var http = context.HttpContext;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var limits = http.RequestServices.GetRequiredService<IOptions<SampleOptions>>().Value;
        var detail = string.Format(
            CultureInfo.InvariantCulture,
            "The service is already checking {0} case(s) with {1} waiting; try again in {2} second(s).",
            limits.MaxConcurrentChecks,
            limits.QueuedChecks,
            seconds);
        await ProblemResponses.WriteAsync(http, StatusCodes.Status429TooManyRequests, detail).ConfigureAwait(false);
    }
}
