using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipRules.Samples.CaseManagement.Storage;

namespace PartnershipRules.Hosting.Tests;

/// <summary>
/// The storage endpoints, whatever the database: the Braeside example at three dates, a case that cannot be read, parallel
/// posts to one partnership, and unknown addresses. Each provider's test class runs these through its own host.
/// </summary>
internal static class PartnershipStoreSuite
{
    public const string Braeside = "CASE-2026-031";

    public static readonly string[] BraesideVersions = ["braeside-2025-06.yaml", "braeside-2026-09.yaml", "braeside-2027-03.yaml"];

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string key, byte[] body, string contentType)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await client.PostAsync("/partnerships/" + key + "/versions", content);
    }

    public static Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string key, string json) =>
        PostAsync(client, key, Encoding.UTF8.GetBytes(json), "application/json");

    public static async Task<JsonDocument> JsonAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode} instead of {(int)status}: {text}");
        return JsonDocument.Parse(text);
    }

    private static async Task ForgetAsync(PartnershipStoreHost host, string key)
    {
        // The PostgreSQL database outlives a run; the example partnership starts each run with no versions.
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnershipsDbContext>();
        await db.Partnerships.Where(p => p.Key == key).ExecuteDeleteAsync();
    }

    private static IEnumerable<string> Rules(JsonElement findings) => findings.EnumerateArray().Select(f => f.GetProperty("rule").GetString()!);

    public static async Task Three_versions_give_a_history_and_the_reviews_between_them(PartnershipStoreHost host)
    {
        await ForgetAsync(host, Braeside);
        using var client = host.CreateClient();
        var numbers = new List<int>();
        foreach (var file in BraesideVersions)
        {
            using var response = await PostAsync(client, Braeside, await File.ReadAllBytesAsync(Examples.Path(Path.Combine("over-time", file))), "application/yaml");
            using var summary = await JsonAsync(response, HttpStatusCode.Created);
            Assert.Equal("summary", summary.RootElement.GetProperty("detail").GetString());
            var location = response.Headers.Location!.OriginalString;
            Assert.StartsWith("/partnerships/" + Braeside + "/versions/", location, StringComparison.Ordinal);
            numbers.Add(int.Parse(location.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal([1, 2, 3], numbers);

        using (var history = await JsonAsync(await client.GetAsync("/partnerships/" + Braeside + "/history")))
        {
            var versions = history.RootElement.GetProperty("versions").EnumerateArray().ToList();
            Assert.Equal(["2025-06", "2026-09", "2027-03"], versions.Select(v => v.GetProperty("assessedOn").GetString()![..7]));
            Assert.All(versions, v =>
            {
                Assert.False(string.IsNullOrEmpty(v.GetProperty("verdict").GetString()));
                Assert.NotEmpty(v.GetProperty("profile").EnumerateObject());
            });
            Assert.Equal([1, 2, 3], versions.Select(v => v.GetProperty("version").GetInt32()));
        }

        using (var latest = await JsonAsync(await client.GetAsync("/partnerships/" + Braeside)))
        {
            Assert.Equal("summary", latest.RootElement.GetProperty("detail").GetString());
            var assessment = latest.RootElement.GetProperty("cases")[0].GetProperty("assessment");
            Assert.NotEmpty(assessment.GetProperty("profile").EnumerateArray());
            Assert.True(assessment.TryGetProperty("priorities", out _));
            Assert.True(assessment.TryGetProperty("questions", out _));
        }

        using (var full = await JsonAsync(await client.GetAsync("/partnerships/" + Braeside + "?detail=full")))
        {
            Assert.True(full.RootElement.GetProperty("cases")[0].GetProperty("findings").GetArrayLength() > 0);
        }

        using (var review = await JsonAsync(await client.GetAsync("/partnerships/" + Braeside + "/versions/2/review")))
        {
            Assert.Equal(1, review.RootElement.GetProperty("previousVersion").GetInt32());
            Assert.NotEmpty(review.RootElement.GetProperty("new").EnumerateArray());
            Assert.NotEmpty(review.RootElement.GetProperty("unchanged").EnumerateArray().Concat(review.RootElement.GetProperty("changed").EnumerateArray()));
        }

        using (var review = await JsonAsync(await client.GetAsync("/partnerships/" + Braeside + "/versions/3/review")))
        {
            var root = review.RootElement;
            Assert.Equal(2, root.GetProperty("previousVersion").GetInt32());
            Assert.Contains("PR4005", Rules(root.GetProperty("resolved")));
            Assert.Contains("PR7001", Rules(root.GetProperty("resolved")));
            Assert.NotEmpty(root.GetProperty("unchanged").EnumerateArray());
            Assert.False(string.IsNullOrEmpty(root.GetProperty("verdictThen").GetString()));
            Assert.All(root.GetProperty("profile").EnumerateArray(), a => Assert.False(string.IsNullOrEmpty(a.GetProperty("now").GetString())));
        }

        using (var first = await client.GetAsync("/partnerships/" + Braeside + "/versions/1/review"))
        {
            await SampleHost.ProblemAsync(first, HttpStatusCode.NotFound);
        }

        using (var report = await client.GetAsync("/partnerships/" + Braeside + "/versions/3/report"))
        {
            Assert.Equal(HttpStatusCode.OK, report.StatusCode);
            Assert.Equal("text/html", report.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Since the last review", await report.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var report = await client.GetAsync("/partnerships/" + Braeside + "/versions/1/report"))
        {
            Assert.Equal(HttpStatusCode.OK, report.StatusCode);
            Assert.DoesNotContain("Since the last review", await report.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var page = await client.GetAsync("/partnerships/" + Braeside + "/history.html"))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<svg", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    /// <summary>The pages a person opens (a version's report, the history with its chart) drawn by headless Chromium.</summary>
    public static async Task The_pages_render_in_a_browser(PartnershipStoreHost host)
    {
        await Three_versions_give_a_history_and_the_reviews_between_them(host);
        using var client = host.CreateClient();
        var folder = Directory.CreateTempSubdirectory("pr-service-pages-");
        try
        {
            foreach (var (path, expected) in new[] { ("/versions/3/report", "class=\"review\""), ("/history.html", "class=\"history-chart\"") })
            {
                var page = Path.Combine(folder.FullName, path.Replace('/', '-').Trim('-') + (path.EndsWith(".html", StringComparison.Ordinal) ? string.Empty : ".html"));
                await File.WriteAllTextAsync(page, await client.GetStringAsync("/partnerships/" + Braeside + path));

                var (exit, dom, log) = PartnershipRules.Tests.Reporting.HeadlessBrowser.Run(page, "--dump-dom");

                Assert.True(exit == 0, log);
                Assert.DoesNotContain(log.Split('\n'), l => l.Contains(":CONSOLE", StringComparison.Ordinal));
                Assert.Contains(expected, dom, StringComparison.Ordinal);
                Assert.Contains("<svg", dom, StringComparison.Ordinal);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public static async Task An_unreadable_case_stores_nothing_and_names_line_and_column(PartnershipStoreHost host)
    {
        using var client = host.CreateClient();
        var key = "invalid-" + Guid.NewGuid().ToString("N");
        using (var first = await PostJsonAsync(client, key, SampleHostTests.CaseJson()))
        {
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        }

        using (var invalid = await PostJsonAsync(client, key, "{\"partnership\": {\"name\": \"x\", \"levle\": \"project\"}}"))
        {
            using var problem = await SampleHost.ProblemAsync(invalid, HttpStatusCode.BadRequest);
            var error = problem.RootElement.GetProperty("errors")[0];
            Assert.False(string.IsNullOrEmpty(error.GetProperty("id").GetString()));
            Assert.Contains("levle", error.GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.Equal(1, error.GetProperty("line").GetInt32());
            Assert.True(error.GetProperty("column").GetInt32() > 1);
        }

        using var history = await JsonAsync(await client.GetAsync("/partnerships/" + key + "/history"));
        Assert.Equal(1, history.RootElement.GetProperty("versions").GetArrayLength());

        // A new partnership's first case that cannot be read does not create the partnership either.
        var never = "never-" + Guid.NewGuid().ToString("N");
        using (var invalid = await PostJsonAsync(client, never, "{\"partnership\": "))
        {
            await SampleHost.ProblemAsync(invalid, HttpStatusCode.BadRequest);
        }

        await SampleHost.ProblemAsync(await client.GetAsync("/partnerships/" + never + "/history"), HttpStatusCode.NotFound);
    }

    public static async Task Parallel_posts_to_one_partnership_keep_every_version(PartnershipStoreHost host)
    {
        using var client = host.CreateClient();
        var key = "parallel-" + Guid.NewGuid().ToString("N");
        const int Posts = 10;
        var responses = await Task.WhenAll(Enumerable.Range(0, Posts).Select(_ => PostJsonAsync(client, key, SampleHostTests.CaseJson())));
        var numbers = new List<int>();
        foreach (var response in responses)
        {
            using (response)
            {
                Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
                numbers.Add(int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        Assert.Equal(Enumerable.Range(1, Posts), numbers.Order());
        using var history = await JsonAsync(await client.GetAsync("/partnerships/" + key + "/history"));
        Assert.Equal(Enumerable.Range(1, Posts), history.RootElement.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()).Order());
    }

    public static async Task Unknown_partnerships_and_versions_are_404_problems(PartnershipStoreHost host)
    {
        using var client = host.CreateClient();
        var key = "unknown-" + Guid.NewGuid().ToString("N");
        foreach (var path in new[] { "", "/history", "/history.html", "/versions/1", "/versions/1/review", "/versions/1/report" })
        {
            await SampleHost.ProblemAsync(await client.GetAsync("/partnerships/" + key + path), HttpStatusCode.NotFound);
        }

        using (var created = await PostJsonAsync(client, key, SampleHostTests.CaseJson()))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        foreach (var path in new[] { "/versions/2", "/versions/2/review", "/versions/2/report" })
        {
            await SampleHost.ProblemAsync(await client.GetAsync("/partnerships/" + key + path), HttpStatusCode.NotFound);
        }
    }

    public static async Task Cases_the_store_cannot_place_are_refused_and_store_nothing(PartnershipStoreHost host)
    {
        using var client = host.CreateClient();
        var key = "refused-" + Guid.NewGuid().ToString("N");

        using (var text = await PostAsync(client, key, Encoding.UTF8.GetBytes(SampleHostTests.CaseJson()), "text/plain"))
        {
            using var problem = await SampleHost.ProblemAsync(text, HttpStatusCode.UnsupportedMediaType);
        }

        // Another partnership's case, by its id.
        using (var other = await PostJsonAsync(client, key, "{\"partnership\": {\"id\": \"someone-else\", \"name\": \"x\", \"level\": \"operational_project\", \"assessedOn\": \"2026-11-01\"}}"))
        {
            using var problem = await SampleHost.ProblemAsync(other, HttpStatusCode.BadRequest);
            Assert.Contains("someone-else", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        // No date to place it in the history by.
        using (var undated = await PostJsonAsync(client, key, "{\"partnership\": {\"name\": \"x\", \"level\": \"operational_project\"}}"))
        {
            using var problem = await SampleHost.ProblemAsync(undated, HttpStatusCode.BadRequest);
            Assert.Contains("assessedOn", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        await SampleHost.ProblemAsync(await client.GetAsync("/partnerships/" + key), HttpStatusCode.NotFound);
    }
}
