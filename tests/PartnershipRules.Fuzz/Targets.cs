using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PartnershipRules.Cases;
using PartnershipRules.Configuration;
using PartnershipRules.Diagnostics;
using PartnershipRules.Engine;
using PartnershipRules.Facts;
using PartnershipRules.Model;
using PartnershipRules.Reporting;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Fuzz;

/// <summary>What one run of a target on one input showed.</summary>
/// <param name="Problem">Why the input is a crash although nothing was thrown (a broken promise), or null.</param>
/// <param name="Signature">A short description of the behaviour (diagnostic ids, outcome), for keeping inputs that do something new.</param>
public sealed record TargetResult(string? Problem, IReadOnlyCollection<string> Signature);

/// <summary>
/// The loaders under test, each with the promises it makes: it never throws on any bytes, every error it reports
/// names the file with a line and column of at least 1, and what it accepts can be used (a case evaluates completely
/// and its reports can be written; a configuration resolves against the catalogue).
/// </summary>
public sealed class Targets
{
    public const string FileName = "fuzz.yaml";

    private static readonly string[] Names = { "rules", "cases", "config" };

    private readonly Lazy<PartnershipAnalyzer> _analyzer = new(PartnershipAnalyzer.CreateDefault);
    private readonly Lazy<RuleCatalogue> _catalogue = new(RuleCatalogue.LoadDefault);

    public static IReadOnlyList<string> All => Names;

    /// <summary>
    /// Also compile every rule file that loads without errors and evaluate the example cases with it (slower: the
    /// NRules network is built per input). Off by default; <c>--compile-rules</c> turns it on.
    /// </summary>
    public bool CompileRules { get; init; }

    /// <summary>The cases a compiled rule file is evaluated on (set with <see cref="CompileRules"/>).</summary>
    public IReadOnlyList<PartnershipCase> Examples { get; init; } = Array.Empty<PartnershipCase>();

    /// <summary>Compiles the default catalogue now, so the first input is not charged for it.</summary>
    public void WarmUp()
    {
        _ = _analyzer.Value;
        _ = _catalogue.Value;
    }

    public TargetResult Run(string target, byte[] input) => target switch
    {
        "rules" => CompileRules ? RulesCompiled(input) : Rules(input),
        "cases" => Cases(input),
        "config" => Config(input),
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, "Targets are rules, cases and config."),
    };

    /// <summary>A rule (or bibliography, or criteria) file loaded on its own, over the embedded references.</summary>
    public static TargetResult Rules(byte[] input)
    {
        var catalogue = RuleCatalogue.Load(new[] { RuleSource.FromBytes(FileName, input) });
        var problem = Located(catalogue.Diagnostics);
        if (problem is null && !catalogue.HasErrors && catalogue.Rules.Any(r => string.IsNullOrEmpty(r.Id) || r.Location is null))
        {
            problem = "a loaded rule has no id or no location";
        }

        return new TargetResult(problem, Signature(catalogue.Diagnostics, catalogue.HasErrors ? "errors" : "rules:" + Math.Min(catalogue.Rules.Count, 3)));
    }

    /// <summary><see cref="Rules"/>, then, when the file loads cleanly, compilation and evaluation of the examples.</summary>
    public TargetResult RulesCompiled(byte[] input)
    {
        var catalogue = RuleCatalogue.Load(new[] { RuleSource.FromBytes(FileName, input) });
        var loaded = Rules(input);
        if (loaded.Problem is not null || catalogue.HasErrors || catalogue.Rules.Count == 0)
        {
            return loaded;
        }

        var analyzer = new PartnershipAnalyzer(catalogue);
        foreach (var example in Examples)
        {
            if (Evaluated(analyzer.Analyze(example)) is { } problem)
            {
                return new TargetResult("compiled rules: " + problem, loaded.Signature);
            }
        }

        return new TargetResult(null, loaded.Signature.Append("compiled").ToList());
    }

    /// <summary>A case file; when it loads, it is evaluated and written in every report format.</summary>
    public TargetResult Cases(byte[] input)
    {
        using var stream = new MemoryStream(input, writable: false);
        var read = CaseFile.Load(FileName, stream);
        var problem = Located(read.Diagnostics);
        if (problem is not null || read.Case is null)
        {
            return new TargetResult(problem ?? (read.HasErrors ? null : "no errors but no case"), Signature(read.Diagnostics, "refused"));
        }

        var analyzer = _analyzer.Value;
        var result = analyzer.Analyze(read.Case);
        problem = Evaluated(result);
        var reports = new[] { new CaseReport(FileName, read.Case.Partnership.Name, result) };
        var report = Report.For(analyzer, reports, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            ReportWriter.For(format).Write(TextWriter.Null, report);
        }
        var outcomes = result.Results.GroupBy(r => r.Outcome).Select(g => g.Key + ":" + Math.Min(g.Count(), 3));
        return new TargetResult(problem, Signature(read.Diagnostics, "evaluated").Concat(outcomes).ToList());
    }

    /// <summary>A configuration file; when it loads, its severities resolve against the default catalogue.</summary>
    public TargetResult Config(byte[] input)
    {
        using var stream = new MemoryStream(input, writable: false);
        var read = ConfigurationFile.Load(FileName, stream);
        var problem = Located(read.Diagnostics);
        if (problem is not null || read.Configuration is null)
        {
            return new TargetResult(problem ?? (read.HasErrors ? null : "no errors but no configuration"), Signature(read.Diagnostics, "refused"));
        }

        var resolution = SeverityResolver.Resolve(_catalogue.Value, new AnalyzerOptions { Configuration = read.Configuration });
        problem = Located(resolution.Diagnostics);
        if (problem is null && !resolution.HasErrors && resolution.Severities.Count != _catalogue.Value.Rules.Count)
        {
            problem = "resolved severities do not cover every rule";
        }

        if (problem is null && read.Configuration.Parameters.Any(p => double.IsNaN(p.Value) || double.IsInfinity(p.Value)))
        {
            problem = "a parameter value that is not a finite number was accepted";
        }

        return new TargetResult(problem, Signature(read.Diagnostics.Concat(resolution.Diagnostics), "loaded"));
    }

    /// <summary>Every error from the file names it, with a line and column of at least 1.</summary>
    private static string? Located(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics.Where(d => d.IsError))
        {
            if (diagnostic.Location is not { } location)
            {
                return "an error without a location: " + diagnostic;
            }

            if (location.Line < 1 || location.Column < 1)
            {
                return "an error at line or column below 1: " + diagnostic;
            }

            if (location.FilePath != FileName && !location.FilePath.StartsWith("rules/", StringComparison.Ordinal))
            {
                return "an error that names another file: " + diagnostic;
            }
        }

        return null;
    }

    /// <summary>Evaluation's promises: complete, no engine diagnostics, one of four outcomes, a finding exactly when fired.</summary>
    public static string? Evaluated(AnalysisResult result)
    {
        if (!result.IsComplete || result.Diagnostics.Count > 0)
        {
            return "evaluation incomplete or with diagnostics: " + string.Join("; ", result.Diagnostics);
        }

        foreach (var rule in result.Results)
        {
            if (!Enum.IsDefined(rule.Outcome))
            {
                return rule.RuleId + ": outcome " + (int)rule.Outcome;
            }

            if ((rule.Outcome == Outcome.Fired) != (rule.Finding is not null))
            {
                return rule.RuleId + ": " + rule.Outcome + (rule.Finding is null ? " without a finding" : " with a finding");
            }

            if (rule.Outcome == Outcome.InsufficientInformation && rule.MissingFacts.Count == 0)
            {
                return rule.RuleId + ": insufficient information without the facts that are missing";
            }
        }

        return null;
    }

    private static List<string> Signature(IEnumerable<Diagnostic> diagnostics, string state) =>
        diagnostics.Select(d => d.Id).Distinct().Append(state).ToList();
}
