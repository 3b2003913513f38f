using System.Diagnostics;

namespace PartnershipRules.Tests.Reporting;

/// <summary>
/// A real browser for the HTML report: Debian's chromium (or the one PARTNERSHIPRULES_BROWSER names), run headless
/// with no network, a throwaway profile and a time limit. CI installs chromium and sets
/// PARTNERSHIPRULES_REQUIRE_BROWSER=1, so there a missing browser fails instead of skipping.
/// </summary>
internal static class HeadlessBrowser
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static string? Path { get; } = Find();

    public static bool Required => Environment.GetEnvironmentVariable("PARTNERSHIPRULES_REQUIRE_BROWSER") == "1";

    /// <summary>Runs the browser on a page with the given mode arguments; returns its exit code, standard output and standard error.</summary>
    public static (int Exit, string Out, string Err) Run(string page, params string[] mode)
    {
        var browser = Path ?? throw new InvalidOperationException("No headless browser found: install chromium (apt-get install -y chromium) or set PARTNERSHIPRULES_BROWSER.");
        var profile = Directory.CreateTempSubdirectory("pr-browser-").FullName;
        var start = new ProcessStartInfo(browser)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
            "--enable-logging=stderr", "--v=0", "--user-data-dir=" + profile,
        }.Concat(mode).Append(new Uri(page).AbsoluteUri))
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Limit))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{browser} did not finish within {Limit} on {page}.");
            }

            return (process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // The browser's helpers may still hold a file for a moment; a leftover temporary profile is harmless.
            }
        }
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("PARTNERSHIPRULES_BROWSER") is { Length: > 0 } named)
        {
            return named;
        }

        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" }
            .SelectMany(name => folders.Select(folder => System.IO.Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }
}

/// <summary>A test that needs <see cref="HeadlessBrowser"/>: skipped, with the reason, only where none is installed and none is required.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (HeadlessBrowser.Path is null && !HeadlessBrowser.Required)
        {
            Skip = "No headless browser here (chromium, chromium-browser or google-chrome on PATH, or PARTNERSHIPRULES_BROWSER); "
                + "install one with 'apt-get install -y chromium'. CI installs it and sets PARTNERSHIPRULES_REQUIRE_BROWSER=1.";
        }
    }
}

/// <summary>
/// A test that draws a Mermaid chart in <see cref="HeadlessBrowser"/>: needs the browser and Mermaid's script
/// (<c>PARTNERSHIPRULES_MERMAID_JS</c>, which CI sets after installing it from the npm registry); skipped, with the
/// reason, where either is missing, unless CI required the browser and installed Mermaid.
/// </summary>
public sealed class MermaidFactAttribute : FactAttribute
{
    public MermaidFactAttribute()
    {
        if (HeadlessBrowser.Path is null && !HeadlessBrowser.Required)
        {
            Skip = "No headless browser here; install one with 'apt-get install -y chromium'.";
        }
        else if (MermaidScript is null)
        {
            Skip = "Mermaid's script is not here: set PARTNERSHIPRULES_MERMAID_JS to mermaid.min.js (npm install mermaid@11.17.2); CI does.";
        }
    }

    /// <summary>The path of mermaid.min.js, when given and present.</summary>
    public static string? MermaidScript => Environment.GetEnvironmentVariable("PARTNERSHIPRULES_MERMAID_JS") is { } path && File.Exists(path) ? path : null;
}
