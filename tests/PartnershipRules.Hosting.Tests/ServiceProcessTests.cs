using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace PartnershipRules.Hosting.Tests;

/// <summary>The built service run as its own process on a loopback port, storing on SQLite and driven over HTTP.</summary>
public sealed class ServiceProcessTests
{
    [Fact]
    public async Task The_built_service_stores_versions_and_answers_their_history_over_HTTP()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "partnershiprules-process-" + Guid.NewGuid().ToString("N")));
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "PartnershipRules.Samples.CaseManagement.dll") }
            .Concat(SampleHost.Arguments(["--ConnectionStrings:Partnerships", "Data Source=" + Path.Combine(folder.FullName, "partnerships.db")])))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            var address = await ListeningAddressAsync(process);
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            foreach (var file in PartnershipStoreSuite.BraesideVersions)
            {
                using var response = await PartnershipStoreSuite.PostAsync(client, PartnershipStoreSuite.Braeside, await File.ReadAllBytesAsync(Examples.Path(Path.Combine("over-time", file))), "application/yaml");
                Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            }

            using var history = JsonDocument.Parse(await client.GetStringAsync("/partnerships/" + PartnershipStoreSuite.Braeside + "/history"));
            Assert.Equal(["reconsider", "reconsider", "cannot_tell_yet"], history.RootElement.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("verdict").GetString()));
            using var review = JsonDocument.Parse(await client.GetStringAsync("/partnerships/" + PartnershipStoreSuite.Braeside + "/versions/3/review"));
            Assert.Contains("PR4005", review.RootElement.GetProperty("resolved").EnumerateArray().Select(f => f.GetProperty("rule").GetString()));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            SqliteConnection.ClearAllPools();
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Left to the temporary folder's clean-up.
            }
        }

        Assert.DoesNotContain("fail:", await error, StringComparison.Ordinal);
    }

    // The service logs the address Kestrel chose for port 0 ("Now listening on: http://127.0.0.1:PORT").
    private static async Task<string> ListeningAddressAsync(Process process)
    {
        const string Marker = "Now listening on: ";
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
        {
            var at = line.IndexOf(Marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                var address = line[(at + Marker.Length)..].Trim();

                // Keep reading the log so the process never blocks on a full pipe.
                _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return address;
            }
        }

        throw new InvalidOperationException("The service ended before it said where it listens.");
    }
}
