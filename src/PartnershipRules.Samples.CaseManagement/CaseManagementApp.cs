using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
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
        var section = builder.Configuration.GetSection(PartnershipRulesOptions.SectionName);
        builder.Services.AddPartnershipRules(section);

        // The request body is a case: Kestrel refuses one over the case-file size limit the options set.
        var caseLimits = (section.Get<PartnershipRulesOptions>() ?? new PartnershipRulesOptions()).EffectiveCaseFileLimits();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = caseLimits.MaxFileBytes);

        var app = builder.Build();

        // Build the analyzer at start-up: a broken rule set stops the service now, not on the first request.
        app.Services.GetRequiredService<IPartnershipAdvisor>();

        app.MapPost("/partnerships/check", Check);
        app.MapGet("/rules", (IPartnershipAdvisor advisor) => Results.Json(new
        {
            ruleSet = advisor.Analyzer.RuleSetHash,
            lastLoad = new { succeeded = advisor.LastBuild.Succeeded, diagnostics = advisor.LastBuild.Diagnostics.Select(d => d.ToString()) },
            rules = advisor.Analyzer.Severities.Select(s => new { id = s.Rule.Id, severity = s.Severity.ToString(), layer = s.Rule.Layer, title = s.Rule.Title }),
        }));
        return app;
    }

    private static async Task<IResult> Check(HttpRequest request, IPartnershipAdvisor advisor, CancellationToken cancellationToken)
    {
        // Buffered first: the case reader reads synchronously, which Kestrel refuses on the request stream itself.
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken).ConfigureAwait(false);
        body.Position = 0;
        var load = advisor.ReadCase("request.json", body);
        if (load.HasErrors || load.Case is null)
        {
            // The same diagnostics a case file gets, with line and column in the posted body.
            return Results.BadRequest(new
            {
                errors = load.Diagnostics.Where(d => d.IsError).Select(d => new { id = d.Id, message = d.Message, line = d.Location?.Line, column = d.Location?.Column }),
            });
        }

        var result = advisor.Analyze(load.Case, cancellationToken);
        using var output = new StringWriter();
        var entry = new CaseReport("request.json", load.Case.Partnership.Name, result) { PartnershipId = load.Case.Partnership.Id };
        ReportWriter.For(ReportFormat.Json).Write(output, Report.For(advisor.Analyzer, new[] { entry }));
        return Results.Text(output.ToString(), "application/json");
    }
}
