using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace PartnershipRules.Hosting.Tests;

/// <summary>The sample service with its shipped settings, started on a loopback port and called over real HTTP.</summary>
public sealed class SampleHostTests : IClassFixture<SampleHostTests.ShippedSettings>
{
    private readonly SampleHost _host;

    public SampleHostTests(ShippedSettings service) => _host = service.Host;

    private HttpClient Client => _host.Client;

    internal static string CaseJson(int extraPartners = 0) => JsonSerializer.Serialize(new
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
            }.Concat(Enumerable.Range(1, extraPartners).Select(i => new { name = "Partner " + i, sector = "voluntary", stability = "stable" })),
        },
    });

    private static ByteArrayContent Body(byte[] bytes, string? contentType)
    {
        var content = new ByteArrayContent(bytes);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return content;
    }

    private async Task<HttpResponseMessage> CheckAsync(string body, string query = "")
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        return await Client.PostAsync("/partnerships/check" + query, content);
    }

    [Fact]
    public async Task The_full_report_on_request_has_every_finding_with_its_citations()
    {
        using var response = await CheckAsync(CaseJson(), "?detail=full");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);

        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("1", report.RootElement.GetProperty("formatVersion").GetString());
        var caseReport = report.RootElement.GetProperty("cases")[0];
        var findings = caseReport.GetProperty("findings").EnumerateArray().ToList();
        Assert.NotEmpty(findings);
        Assert.Contains(findings, f => f.GetProperty("citations").EnumerateArray().Any(c => c.GetProperty("source").GetString() == "tett-2005" && c.GetProperty("reference").GetString()!.StartsWith("Tett", StringComparison.Ordinal)));
        Assert.True(caseReport.GetProperty("insufficientInformation").GetArrayLength() > 0);
    }

    [Fact]
    public async Task By_default_the_answer_is_a_summary_with_verdict_profile_priorities_and_next_questions()
    {
        using var response = await CheckAsync(CaseJson());
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);

        using var summary = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = summary.RootElement;
        Assert.Equal("summary", root.GetProperty("detail").GetString());
        using var rules = JsonDocument.Parse(await Client.GetStringAsync("/rules"));
        Assert.Equal(rules.RootElement.GetProperty("ruleSet").GetString(), root.GetProperty("stamp").GetProperty("ruleSetHash").GetString());

        var caseSummary = root.GetProperty("cases")[0];
        Assert.False(caseSummary.TryGetProperty("findings", out _));
        Assert.False(caseSummary.TryGetProperty("insufficientInformation", out _));
        Assert.True(caseSummary.GetProperty("summary").GetProperty("fired").GetInt32() > 0);
        var counts = caseSummary.GetProperty("counts");
        Assert.True(counts.GetProperty("findings").GetInt32() > 0);

        var assessment = caseSummary.GetProperty("assessment");
        Assert.False(string.IsNullOrEmpty(assessment.GetProperty("verdict").GetProperty("kind").GetString()));
        Assert.False(string.IsNullOrEmpty(assessment.GetProperty("verdict").GetProperty("reason").GetString()));
        Assert.Contains(assessment.GetProperty("profile").EnumerateArray(), area => area.GetProperty("area").GetString() == "barriers" && area.GetProperty("band").GetString()!.Length > 0);
        var priorities = assessment.GetProperty("priorities").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.NotEmpty(priorities);
        Assert.Equal(priorities, assessment.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        var questions = assessment.GetProperty("questions").EnumerateArray().ToList();
        Assert.InRange(questions.Count, 1, 10);
        Assert.All(questions, q => Assert.False(string.IsNullOrEmpty(q.GetProperty("question").GetString())));
        Assert.True(counts.GetProperty("questions").GetInt32() >= questions.Count);
    }

    [Fact]
    public async Task The_summary_of_a_large_case_stays_small_while_the_full_report_grows_with_it()
    {
        var large = CaseJson(extraPartners: 300);
        using var summaryResponse = await CheckAsync(large);
        using var fullResponse = await CheckAsync(large, "?detail=full");
        var summary = await summaryResponse.Content.ReadAsByteArrayAsync();
        var full = await fullResponse.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, summaryResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fullResponse.StatusCode);

        Assert.True(summary.Length < 32 * 1024, $"summary of {summary.Length:N0} bytes");
        Assert.True(full.Length > 50 * summary.Length, $"full report of {full.Length:N0} bytes, summary of {summary.Length:N0}");
        using var document = JsonDocument.Parse(summary);
        var caseSummary = document.RootElement.GetProperty("cases")[0];
        Assert.True(caseSummary.GetProperty("counts").GetProperty("questions").GetInt32() > caseSummary.GetProperty("assessment").GetProperty("questions").GetArrayLength());
    }

    [Theory]
    [InlineData("?detail=everything")]
    [InlineData("?detail=Full")]
    [InlineData("?detail=")]
    [InlineData("?detail=full&detail=summary")]
    public async Task A_detail_that_is_not_allowed_is_a_400_listing_the_allowed_values(string query)
    {
        using var response = await CheckAsync(CaseJson(), query);
        using var problem = await SampleHost.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(new[] { "summary", "full" }, problem.RootElement.GetProperty("allowed").EnumerateArray().Select(v => v.GetString()));
        Assert.Contains("detail", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_case_is_a_400_problem_naming_line_and_column()
    {
        using var response = await CheckAsync("{\"partnership\": {\"name\": \"x\", \"levle\": \"project\"}}");
        using var problem = await SampleHost.ProblemAsync(response, HttpStatusCode.BadRequest);
        var error = problem.RootElement.GetProperty("errors")[0];
        Assert.False(string.IsNullOrEmpty(error.GetProperty("id").GetString()));
        Assert.Equal(1, error.GetProperty("line").GetInt32());
        Assert.True(error.GetProperty("column").GetInt32() > 1);
        Assert.Contains("levle", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_utf8_is_a_400_problem_naming_line_and_column_not_a_replaced_character()
    {
        // Line 3, after 20 characters: the é is two bytes and one column.
        var bytes = Encoding.UTF8.GetBytes("{\n  \"partnership\": {\n    \"name\": \"Région ").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("\"\n  }\n}\n")).ToArray();
        using var response = await Client.PostAsync("/partnerships/check", Body(bytes, "application/json"));
        using var problem = await SampleHost.ProblemAsync(response, HttpStatusCode.BadRequest);
        var error = Assert.Single(problem.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("PR0003", error.GetProperty("id").GetString());
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.Equal(21, error.GetProperty("column").GetInt32());
    }

    [Theory]
    [InlineData("application/yaml")]
    [InlineData("application/x-yaml")]
    [InlineData("text/yaml; charset=utf-8")]
    public async Task A_case_in_yaml_is_read_under_each_yaml_type(string contentType)
    {
        var yaml = "partnership:\n  name: Riverside Youth Partnership\n  level: operational_project\n  partners:\n    - {name: City Council, sector: public, role: lead}\n";
        using var response = await Client.PostAsync("/partnerships/check", Body(Encoding.UTF8.GetBytes(yaml), contentType));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using var summary = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Riverside Youth Partnership", summary.RootElement.GetProperty("cases")[0].GetProperty("partnership").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/yaml; charset=utf-16")]
    public async Task A_body_of_another_type_or_charset_is_a_415_problem_naming_the_accepted_types(string? contentType)
    {
        using var response = await Client.PostAsync("/partnerships/check", Body(Encoding.UTF8.GetBytes(CaseJson()), contentType));
        using var problem = await SampleHost.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        var accepted = new[] { "application/json", "application/yaml", "application/x-yaml", "text/yaml" };
        Assert.Equal(accepted, problem.RootElement.GetProperty("accepted").EnumerateArray().Select(v => v.GetString()));
        Assert.All(accepted, type => Assert.Contains(type, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal));
        Assert.Equal(string.Join(", ", accepted), string.Join(", ", response.Headers.GetValues("Accept")));
    }

    [Fact]
    public async Task A_body_over_the_case_file_limit_is_a_413_problem()
    {
        // The client waits for "100 Continue" before sending the body, and Kestrel refuses the declared length before
        // asking for it: the 413 arrives without the client writing into a connection the server is closing.
        using var handler = new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(1) };
        using var client = new HttpClient(handler) { BaseAddress = _host.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/partnerships/check") { Content = Body(new byte[300 * 1024], "application/json") };
        request.Headers.ExpectContinue = true;
        using var response = await client.SendAsync(request);
        using var problem = await SampleHost.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("262,144 bytes", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_address_is_a_404_problem()
    {
        using var response = await Client.GetAsync("/partnerships/nothing-here");
        using var problem = await SampleHost.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_method_the_address_does_not_take_is_a_405_problem()
    {
        using var response = await Client.GetAsync("/partnerships/check");
        using var problem = await SampleHost.ProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Equal("POST", Assert.Single(response.Content.Headers.Allow));
    }

    [Fact]
    public async Task The_rule_set_serving_can_be_listed()
    {
        using var body = JsonDocument.Parse(await Client.GetStringAsync("/rules"));
        Assert.True(body.RootElement.GetProperty("lastLoad").GetProperty("succeeded").GetBoolean());
        Assert.True(body.RootElement.GetProperty("rules").GetArrayLength() > 100);
    }

    /// <summary>One service for the class: the tests only read from it, and each start builds the analyzer again.</summary>
    public sealed class ShippedSettings : IAsyncLifetime
    {
        private SampleHost? _host;

        internal SampleHost Host => _host ?? throw new InvalidOperationException("Not started.");

        public async Task InitializeAsync() => _host = await SampleHost.StartAsync();

        public async Task DisposeAsync()
        {
            if (_host is not null)
            {
                await _host.DisposeAsync();
            }
        }
    }
}
