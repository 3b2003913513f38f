using System;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnershipRules.Hosting;
using PartnershipRules.Samples.CaseManagement.Storage;

namespace PartnershipRules.Samples.CaseManagement;

/// <summary>
/// The sample service: <c>POST /partnerships/check</c> takes a case (the case-file shape, as JSON or YAML) and answers
/// with a summary of its assessment, or the whole JSON report with <c>?detail=full</c>; <c>GET /rules</c> lists the
/// rule set serving; <c>/partnerships/{key}/...</c> stores a partnership's case versions and answers its latest
/// assessment, history, reviews and reports (<see cref="PartnershipEndpoints"/>); <c>/openapi/v1.json</c> describes it. Checks run a few at a time; every error is problem details. The library's options come from the
/// <c>PartnershipRules</c> section of appsettings.json, the sample's own limits from the <c>Sample</c> section.
/// </summary>
public static class CaseManagementApp
{
    /// <summary>Builds the application (the tests start it on a loopback port of their choosing).</summary>
    /// <param name="args">Command-line arguments, e.g. <c>--urls http://127.0.0.1:5080</c> or <c>--Sample:MaxConcurrentChecks 8</c>.</param>
    /// <returns>The application, not yet started; the <c>Sample</c> section is validated when it starts.</returns>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var section = builder.Configuration.GetSection(PartnershipRulesOptions.SectionName);
        builder.Services.AddPartnershipRules(section);
        builder.Services.AddCheckRateLimiting(builder.Configuration.GetSection(SampleOptions.SectionName));
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOpenApi();
        builder.Services.AddPartnershipStore();
        builder.Services.AddSingleton<StoreAnalyzer>();

        // The request body is a case: Kestrel refuses one over the case-file size limit the options set.
        var caseLimits = (section.Get<PartnershipRulesOptions>() ?? new PartnershipRulesOptions()).EffectiveCaseFileLimits();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = caseLimits.MaxFileBytes);

        var app = builder.Build();

        // Build the analyzer at start-up: a broken rule set stops the service now, not on the first request.
        app.Services.GetRequiredService<IPartnershipAdvisor>();

        // Likewise the store: its analyzer is built and its schema brought up to date before the first request.
        _ = app.Services.GetRequiredService<StoreAnalyzer>().Analyzer;
        app.CreatePartnershipStore();

        // Outermost, so that whatever fails further in is answered as problem details.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = ProblemResponses.ForExceptionAsync,
            SuppressDiagnosticsCallback = ProblemResponses.IsClientError,
        });
        app.UseStatusCodePages(ProblemResponses.ForStatusCodeAsync);
        app.UseRouting();
        app.UseRateLimiter();

        app.MapPost(CheckEndpoint.Pattern, CheckEndpoint.HandleAsync).RequireRateLimiting(CheckRateLimiting.Policy);
        app.MapGet("/rules", (IPartnershipAdvisor advisor) => Results.Json(new
        {
            ruleSet = advisor.Analyzer.RuleSetHash,
            lastLoad = new { succeeded = advisor.LastBuild.Succeeded, diagnostics = advisor.LastBuild.Diagnostics.Select(d => d.ToString()) },
            rules = advisor.Analyzer.Severities.Select(s => new { id = s.Rule.Id, severity = s.Severity.ToString(), layer = s.Rule.Layer, title = s.Rule.Title }),
        }));
        app.MapPartnershipEndpoints();
        app.MapOpenApi();
        return app;
    }
}
