using AngleSharp.Html.Parser;
using PartnershipRules.Tests.Reporting;
using Snapshooter.Xunit;

namespace PartnershipRules.Tests.Reviews;

/// <summary><c>partnership-rules history</c> on the worked example (issue 17): each date's verdict and profile, in date order, with a chart.</summary>
public sealed class HistoryTests : IDisposable
{
    private static readonly string[] Dates = { "2027-03", "2025-06", "2026-09" };

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("pr-history-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static string[] Versions() => Dates.Select(d => Path.Combine(AppContext.BaseDirectory, "rules", "examples", "over-time", "braeside-" + d + ".yaml")).ToArray();

    private static string History(string format)
    {
        var (exit, output, error) = ToolRunner.Run(new[] { "history" }.Concat(Versions()).Concat(new[] { "--format", format }).ToArray());
        Assert.True(exit == 0, error);
        return output;
    }

    [Fact]
    public void The_text_history_shows_each_dates_verdict_and_profile_in_date_order() => Snapshot.Match(History("text"));

    [Fact]
    public void The_markdown_history_has_the_table_and_a_chart_over_time()
    {
        var markdown = History("markdown");
        Assert.Contains("| | 2025-06-20 | 2026-09-22 | 2027-03-10 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| **Verdict** | **reconsider** | **reconsider** | **cannot tell yet** |", markdown, StringComparison.Ordinal);
        Assert.Contains("```mermaid\nxychart-beta\n", markdown, StringComparison.Ordinal);
        Assert.Contains("    x-axis [\"2025-06-20\", \"2026-09-22\", \"2027-03-10\"]", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_history_has_a_cell_for_every_area_and_date()
    {
        var page = new HtmlParser().ParseDocument(History("html"));
        var areas = page.QuerySelectorAll("figure.history-chart svg g.area");
        Assert.True(areas.Length >= 8, $"{areas.Length} areas");
        Assert.All(areas, area => Assert.Equal(3, area.QuerySelectorAll("rect").Length));
        Assert.Equal(new[] { "", "2025-06-20", "2026-09-22", "2027-03-10" }, page.QuerySelectorAll("table.history thead th").Select(th => th.TextContent));
    }

    [BrowserTheory]
    [InlineData("history")]
    public void A_headless_browser_renders_the_history_chart(string name)
    {
        var file = Path.Combine(_folder.FullName, name + ".html");
        File.WriteAllText(file, History("html"));

        var (exit, dom, log) = HeadlessBrowser.Run(file, "--dump-dom");

        Assert.True(exit == 0, log);
        Assert.DoesNotContain(log.Split('\n'), l => l.Contains(":CONSOLE", StringComparison.Ordinal));
        Assert.NotEmpty(new HtmlParser().ParseDocument(dom).QuerySelectorAll("figure.history-chart svg g.area rect"));
    }

    /// <summary>The Markdown chart drawn by Mermaid in a real browser, as GitHub would draw it.</summary>
    [MermaidFact]
    public void Mermaid_draws_the_markdown_history_chart()
    {
        var markdown = History("markdown").Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = markdown.IndexOf("```mermaid\n", StringComparison.Ordinal) + "```mermaid\n".Length;
        var chart = markdown[start..markdown.IndexOf("```", start, StringComparison.Ordinal)];
        var page = Path.Combine(_folder.FullName, "chart.html");
        File.WriteAllText(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script src=\"" + new Uri(MermaidFactAttribute.MermaidScript!).AbsoluteUri + "\"></script></head><body>"
            + "<pre class=\"mermaid\">" + System.Net.WebUtility.HtmlEncode(chart) + "</pre><script>mermaid.initialize({ startOnLoad: true });</script></body></html>");

        var (exit, dom, log) = HeadlessBrowser.Run(page, "--allow-file-access-from-files", "--virtual-time-budget=10000", "--dump-dom");

        Assert.True(exit == 0, log);
        var svg = new HtmlParser().ParseDocument(dom).QuerySelector("pre.mermaid svg");
        Assert.True(svg is not null, "Mermaid drew nothing: " + log);
        Assert.Equal("xychart", svg!.GetAttribute("aria-roledescription"));
        Assert.Contains("2026-09-22", svg.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_without_a_date_or_of_another_partnership_is_refused()
    {
        var undated = Path.Combine(_folder.FullName, "undated.yaml");
        File.WriteAllText(undated, "partnership:\n  id: CASE-2026-031\n  name: Braeside Renewal Partnership\n");
        var (exit, _, error) = ToolRunner.Run("history", Versions()[0], undated);
        Assert.Equal(2, exit);
        Assert.Contains("records no assessedOn", error, StringComparison.Ordinal);

        var other = Path.Combine(_folder.FullName, "other.yaml");
        File.WriteAllText(other, "partnership:\n  id: CASE-OTHER\n  name: Another\n  assessedOn: 2026-01-01\n");
        (exit, _, error) = ToolRunner.Run("history", Versions()[0], other);
        Assert.Equal(2, exit);
        Assert.Contains("different partnerships", error, StringComparison.Ordinal);
    }
}
