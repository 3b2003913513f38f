using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PartnershipRules.Tests.Reporting;

/// <summary>
/// The HTML report (<c>--format html</c>): one self-contained page (no script, nothing fetched), the assessment first
/// with the profile chart and Jones's scale as inline SVG; checked by parsing (AngleSharp) and in a real headless
/// browser, which must load it without a console message and render the chart. Each browser run keeps a screenshot
/// under artifacts/html-report/ as a test artifact.
/// </summary>
public class HtmlReportTests
{
    public static TheoryData<string> Examples() => new(ToolRunner.Examples);

    private static string Html(string example) => ToolRunner.Report(example, "html");

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_page_is_self_contained_and_leads_with_the_assessment(string example)
    {
        var document = new HtmlParser().ParseDocument(Html(example));

        // Nothing runs and nothing is fetched: no scripts or embeds, no attribute that names another resource, and a
        // policy that would refuse anything that slipped through.
        Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed, img, link, base, form, audio, video, source"));
        Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Name is "src" or "href" or "srcset" or "action" or "xlink:href" || a.Name.StartsWith("on", StringComparison.Ordinal));
        Assert.DoesNotContain(document.QuerySelectorAll("style").Select(s => s.TextContent), css => css.Contains("url(", StringComparison.Ordinal) || css.Contains("@import", StringComparison.Ordinal));
        Assert.Contains("default-src 'none'", document.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"), StringComparison.Ordinal);

        // The assessment comes first: verdict, profile (chart and table), priorities; then issues, questions, references.
        var article = document.QuerySelector("article.case")!;
        var headings = article.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
        Assert.StartsWith("Verdict: ", headings[0], StringComparison.Ordinal);
        Assert.Equal(new[] { "Profile", "What to do first" }, headings.Skip(1).Take(2));
        var order = new[] { "Issues", "Questions to answer", "References" }; // each only when there is something to list
        Assert.Equal(order.Where(headings.Contains), headings.Skip(3));
        var areas = article.QuerySelectorAll("figure.profile-chart svg g.area");
        Assert.Equal(article.QuerySelectorAll("section[id$='-profile'] tbody tr").Length, areas.Length);
        Assert.True(areas.Length >= 8, $"{areas.Length} areas");
        var jonesApplies = System.Text.Json.JsonDocument.Parse(ToolRunner.Report(example, "json")).RootElement.GetProperty("cases")[0].GetProperty("assessment").GetProperty("jones").GetProperty("applies").GetBoolean();
        Assert.Equal(jonesApplies, article.QuerySelector("figure.jones-scale svg") is not null);
    }

    [BrowserTheory]
    [MemberData(nameof(Examples))]
    public void A_headless_browser_loads_the_page_without_console_messages_and_renders_the_chart(string example)
    {
        var page = Path.Combine(Directory.CreateTempSubdirectory("pr-html-").FullName, example + ".html");
        File.WriteAllText(page, Html(example));

        var (exit, dom, log) = HeadlessBrowser.Run(page, "--dump-dom");
        Assert.True(exit == 0, log);
        // Every console message is a fault here: the page has no script, so one can only come from the browser
        // refusing something (a resource the policy blocks, markup it cannot read).
        Assert.DoesNotContain(log.Split('\n'), l => l.Contains(":CONSOLE", StringComparison.Ordinal));
        var rendered = new HtmlParser().ParseDocument(dom);
        Assert.NotEmpty(rendered.QuerySelectorAll("figure.profile-chart svg g.area rect"));
        Assert.StartsWith("Verdict: ", rendered.QuerySelector("section.verdict h2")!.TextContent, StringComparison.Ordinal);

        var screenshot = Path.Combine(RepoFiles.Root, "artifacts", "html-report", example + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        File.Delete(screenshot);
        var shot = HeadlessBrowser.Run(page, "--window-size=1200,1600", "--hide-scrollbars", "--screenshot=" + screenshot);
        Assert.True(shot.Exit == 0 && File.Exists(screenshot), shot.Err);
        var png = File.ReadAllBytes(screenshot);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png.Take(4));
        Assert.True(png.Length > 20_000, $"{png.Length} bytes: the screenshot looks blank");
    }
}
