using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PartnershipRules.Facts;
using PartnershipRules.Samples.CaseManagement;

namespace PartnershipRules.Hosting.Tests;

/// <summary>The sample service, started on a loopback port and called over real HTTP.</summary>
public sealed class SampleHostTests : IAsyncLifetime, IDisposable
{
    private WebApplication? _app;
    private HttpClient? _client;

    public async Task InitializeAsync()
    {
        _app = CaseManagementApp.Build(new[] { "--urls", "http://127.0.0.1:0", "--environment", "Production" });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
        _client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public void Dispose() => _client?.Dispose();

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private static string CaseJson() => JsonSerializer.Serialize(new
    {
        partnership = new
        {
            name = "Riverside Youth Partnership",
            level = "operational_project",
            assessedOn = "2026-11-01",
            alternativesConsidered = false,
            partners = new object[]
            {
                new { name = "City Council", sector = "public", role = "lead" },
                new { name = "Riverside Tenants", sector = "community", stability = "unstable" },
            },
        },
    });

    [Fact]
    public async Task Posting_a_partnership_returns_cited_findings_as_json()
    {
        using var content = new StringContent(CaseJson(), Encoding.UTF8, "application/json");
        using var response = await _client!.PostAsync("/partnerships/check", content);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);

        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var caseReport = report.RootElement.GetProperty("cases")[0];
        var findings = caseReport.GetProperty("findings").EnumerateArray().ToList();
        Assert.NotEmpty(findings);
        Assert.Contains(findings, f => f.GetProperty("citations").EnumerateArray().Any(c => c.GetProperty("source").GetString() == "tett-2005" && c.GetProperty("reference").GetString()!.StartsWith("Tett", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_malformed_case_is_a_400_naming_line_and_column()
    {
        using var content = new StringContent("{\"partnership\": {\"name\": \"x\", \"levle\": \"project\"}}", Encoding.UTF8, "application/json");
        using var response = await _client!.PostAsync("/partnerships/check", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = body.RootElement.GetProperty("errors")[0];
        Assert.Equal(1, error.GetProperty("line").GetInt32());
        Assert.True(error.GetProperty("column").GetInt32() > 1);
        Assert.Contains("levle", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rule_set_serving_can_be_listed()
    {
        using var body = JsonDocument.Parse(await _client!.GetStringAsync("/rules"));
        Assert.True(body.RootElement.GetProperty("lastLoad").GetProperty("succeeded").GetBoolean());
        Assert.True(body.RootElement.GetProperty("rules").GetArrayLength() > 100);
    }
}
