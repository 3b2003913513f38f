using System.Net;
using System.Text.Json;
using System.Threading.Tasks;

namespace PartnershipRules.Hosting.Tests;

/// <summary>The storage endpoints on SQLite (the sample's default), in a database file of this class's own.</summary>
public sealed class SqliteStoreTests : IClassFixture<SqliteStoreHost>
{
    private readonly SqliteStoreHost _host;

    public SqliteStoreTests(SqliteStoreHost host) => _host = host;

    [Fact]
    public Task Three_versions_give_a_history_and_the_reviews_between_them() => PartnershipStoreSuite.Three_versions_give_a_history_and_the_reviews_between_them(_host);

    [PartnershipRules.Tests.Reporting.BrowserTheory]
    [InlineData("report and history")]
    public Task The_pages_render_in_a_browser(string pages) => pages.Length > 0 ? PartnershipStoreSuite.The_pages_render_in_a_browser(_host) : Task.CompletedTask;

    [Fact]
    public Task An_unreadable_case_stores_nothing_and_names_line_and_column() => PartnershipStoreSuite.An_unreadable_case_stores_nothing_and_names_line_and_column(_host);

    [Fact]
    public Task Parallel_posts_to_one_partnership_keep_every_version() => PartnershipStoreSuite.Parallel_posts_to_one_partnership_keep_every_version(_host);

    [Fact]
    public Task Cases_the_store_cannot_place_are_refused_and_store_nothing() => PartnershipStoreSuite.Cases_the_store_cannot_place_are_refused_and_store_nothing(_host);

    [Fact]
    public Task Unknown_partnerships_and_versions_are_404_problems() => PartnershipStoreSuite.Unknown_partnerships_and_versions_are_404_problems(_host);

    [Fact]
    public async Task The_OpenAPI_document_describes_the_endpoints()
    {
        using var client = _host.CreateClient();
        using var response = await client.GetAsync("/openapi/v1.json");
        using var document = await PartnershipStoreSuite.JsonAsync(response);
        var paths = document.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/partnerships/check", "/partnerships/{key}/versions", "/partnerships/{key}", "/partnerships/{key}/history", "/partnerships/{key}/versions/{number}/review", "/partnerships/{key}/versions/{number}/report", "/rules" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path + " is not in " + string.Join(", ", paths.EnumerateObject().Select(p => p.Name)));
        }
    }

    [Fact]
    public async Task The_stateless_check_still_answers()
    {
        using var client = _host.CreateClient();
        using var content = new System.Net.Http.StringContent(SampleHostTests.CaseJson(), System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/partnerships/check", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var summary = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("summary", summary.RootElement.GetProperty("detail").GetString());
    }
}
