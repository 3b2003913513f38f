using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PartnershipRules.Cases;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Facts;
using PartnershipRules.Hosting;
using PartnershipRules.Reporting;

namespace PartnershipRules.Samples.CaseManagement;

/// <summary>
/// The sample service: <c>POST /partnerships/check</c> takes a case as JSON (the case-file shape) and answers with
/// the findings as JSON (the tool's report format); <c>GET /rules</c> lists the rule set serving. Options come from
/// the <c>PartnershipRules</c> section of appsettings.json.
/// </summary>
public static class CaseManagementApp
{
    /// <summary>Builds the application (the tests start it on a loopback port of their choosing).</summary>
    /// <param name="args">Command-line arguments, e.g. <c>--urls http://127.0.0.1:5080</c>.</param>
    /// <returns>The application, not yet started.</returns>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddPartnershipRules(builder.Configuration.GetSection("PartnershipRules"));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = DocumentLimits.CaseFiles.MaxFileBytes);

        var app = builder.Build();

        // Compile the rule set at start-up: a broken rule set stops the service now, not on the first request.
        app.Services.GetRequiredService<IPartnershipAdvisor>();

        app.MapPost("/partnerships/check", Check);
        app.MapGet("/rules", (IPartnershipAdvisor advisor) => Results.Json(new
        {
            ruleSet = advisor.RuleSet.RuleSetHash,
            lastLoad = new { succeeded = advisor.LastLoad.Succeeded, diagnostics = advisor.LastLoad.Diagnostics.Select(d => d.ToString()) },
            rules = advisor.RuleSet.Severities.Select(s => new { id = s.Rule.Id, severity = s.Severity.ToString(), layer = s.Rule.Layer, title = s.Rule.Title }),
        }));
        return app;
    }

    private static async Task<IResult> Check(HttpRequest request, IPartnershipAdvisor advisor, CancellationToken cancellationToken)
    {
        string body;
        using (var reader = new StreamReader(request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }

        var load = CaseFile.Parse("request.json", body);
        if (load.HasErrors || load.Case is null)
        {
            // The same diagnostics a case file gets, with line and column in the posted body.
            return Results.BadRequest(new
            {
                errors = load.Diagnostics.Where(d => d.IsError).Select(d => new { id = d.Id, message = d.Message, line = d.Location?.Line, column = d.Location?.Column }),
            });
        }

        var result = advisor.Analyze(load.Case, cancellationToken);
        using var output = new MemoryStream();
        JsonReportWriter.Write(output, new[] { new CaseReport("request.json", load.Case.Partnership.Name, result) }, ReportStamp.For(advisor.RuleSet, null));
        return Results.Bytes(output.ToArray(), "application/json");
    }
}
