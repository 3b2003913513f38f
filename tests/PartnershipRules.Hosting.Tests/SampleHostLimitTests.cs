using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using PartnershipRules.Samples.CaseManagement;

namespace PartnershipRules.Hosting.Tests;

/// <summary>The sample service's own limits (section <c>Sample</c>) and its answer when something fails inside it.</summary>
public class SampleHostLimitTests
{
    private const string HoldHeader = "X-Test-Hold";

    private static StringContent Case() => new(SampleHostTests.CaseJson(), Encoding.UTF8, "application/json");

    [Fact]
    public async Task A_check_beyond_the_concurrency_limit_is_a_429_problem_with_retry_after()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Added after the sample's own middleware, so it runs inside the limiter: a request it holds keeps its permit
        // until the test lets it go. Nothing is timed; the second request meets a limiter whose one permit is taken.
        await using var host = await SampleHost.StartAsync(
            new[] { "--Sample:MaxConcurrentChecks=1", "--Sample:QueuedChecks=0" },
            app => app.Use(async (HttpContext context, RequestDelegate next) =>
            {
                if (context.Request.Headers.ContainsKey(HoldHeader))
                {
                    entered.TrySetResult();
                    await release.Task;
                }

                await next(context);
            }));

        Task<HttpResponseMessage> held;
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/partnerships/check") { Content = Case() })
        {
            request.Headers.Add(HoldHeader, "1");
            held = host.Client.SendAsync(request);
            try
            {
                await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
                using var refused = await host.Client.PostAsync("/partnerships/check", Case());
                using var problem = await SampleHost.ProblemAsync(refused, HttpStatusCode.TooManyRequests);
                Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
                Assert.Contains("already checking 1 case(s) with 0 waiting", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
            }
            finally
            {
                release.TrySetResult();
            }

            using var first = await held;
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        // The permit came back with the answer.
        using var after = await host.Client.PostAsync("/partnerships/check", Case());
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task The_limit_covers_only_the_check_endpoint()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await SampleHost.StartAsync(
            new[] { "--Sample:MaxConcurrentChecks=1", "--Sample:QueuedChecks=0" },
            app => app.Use(async (HttpContext context, RequestDelegate next) =>
            {
                if (context.Request.Headers.ContainsKey(HoldHeader))
                {
                    entered.TrySetResult();
                    await release.Task;
                }

                await next(context);
            }));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/partnerships/check") { Content = Case() };
        request.Headers.Add(HoldHeader, "1");
        var held = host.Client.SendAsync(request);
        try
        {
            await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
            using var rules = await host.Client.GetAsync("/rules");
            Assert.Equal(HttpStatusCode.OK, rules.StatusCode);
        }
        finally
        {
            release.TrySetResult();
        }

        using var first = await held;
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
    }

    [Theory]
    [InlineData("Sample:MaxConcurrentChecks", "0", "Sample:MaxConcurrentChecks is 0; it must be at least 1.")]
    [InlineData("Sample:MaxConcurrentChecks", "-3", "Sample:MaxConcurrentChecks is -3; it must be at least 1.")]
    [InlineData("Sample:QueuedChecks", "-1", "Sample:QueuedChecks is -1; it must be 0 or more.")]
    public async Task A_limit_out_of_range_fails_at_start_up_naming_the_key(string key, string value, string message)
    {
        var app = CaseManagementApp.Build(SampleHost.Arguments(new[] { $"--{key}={value}" }));
        try
        {
            var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
            Assert.Contains(message, failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("Sample:MaxConcurrentChecks", "lots", "'Sample:MaxConcurrentChecks'")]
    [InlineData("Sample:QueuedChecks", "1.5", "'Sample:QueuedChecks'")]
    [InlineData("Sample:MaxConcurentChecks", "2", "'MaxConcurentChecks'")]
    public async Task A_limit_that_cannot_be_bound_fails_at_start_up_naming_the_key(string key, string value, string named)
    {
        var app = CaseManagementApp.Build(SampleHost.Arguments(new[] { $"--{key}={value}" }));
        try
        {
            var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());
            Assert.Contains(named, failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_failure_inside_the_service_is_a_500_problem_that_names_no_exception()
    {
        await using var host = await SampleHost.StartAsync(configure: app =>
            app.MapGet("/test/fails", string () => throw new InvalidOperationException("System.Secret: connection string here")));

        using var response = await host.Client.GetAsync("/test/fails");
        using var problem = await SampleHost.ProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("Secret", problem.RootElement.GetRawText(), StringComparison.Ordinal);
    }
}
