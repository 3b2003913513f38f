using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PartnershipRules.Samples.CaseManagement;

namespace PartnershipRules.Hosting.Tests;

/// <summary>The sample service started on a loopback port in Production, with settings given as its command line would.</summary>
internal sealed class SampleHost : IAsyncDisposable
{
    private SampleHost(WebApplication app, Uri address)
    {
        App = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    public HttpClient Client { get; }

    /// <summary>Builds and starts the service.</summary>
    /// <param name="settings">Configuration as <c>--Key=value</c> arguments.</param>
    /// <param name="configure">What a test adds to the application before it starts (middleware, an endpoint).</param>
    public static async Task<SampleHost> StartAsync(IEnumerable<string>? settings = null, Action<WebApplication>? configure = null)
    {
        var app = CaseManagementApp.Build(Arguments(settings));
        configure?.Invoke(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
        return new SampleHost(app, new Uri(address));
    }

    /// <summary>The command line the tests start the service with.</summary>
    public static string[] Arguments(IEnumerable<string>? settings = null) =>
        new[] { "--urls", "http://127.0.0.1:0", "--environment", "Production" }.Concat(settings ?? Array.Empty<string>()).ToArray();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }

    /// <summary>
    /// Checks that a response is problem details with the given status (RFC 9457: title, status) and that it names no
    /// .NET exception or stack frame; returns the document for the test's own checks.
    /// </summary>
    public static async Task<JsonDocument> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode} instead of {(int)status}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        var problem = JsonDocument.Parse(text);
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
        return problem;
    }
}
