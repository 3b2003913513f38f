using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.Model;
using PartnershipRules.Hosting;
using PartnershipRules.RuleTesting;

namespace PartnershipRules.Cli;

/// <summary>
/// <c>partnership-rules test</c>: runs the rule tests in the <c>tests/</c> folder of each rules directory and reports,
/// per rule, whether every expected outcome holds and whether firing, not firing and insufficient information are all
/// demonstrated.
/// </summary>
internal static class TestCommand
{
    private const string DefaultRulesDirectory = "rules";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var rules = new Option<string[]>("--rules")
        {
            Description = "A rules directory whose tests/ folder holds the rule tests (repeatable; default: ./rules).",
            AllowMultipleArgumentsPerToken = false,
            Arity = ArgumentArity.ZeroOrMore,
        };
        var verbose = new Option<bool>("--verbose") { Description = "Also list every passing expectation." };
        var only = new Option<string[]>("--rule")
        {
            Description = "Report only rules whose id starts with this text, e.g. PR30 (repeatable). The exit code still covers every rule.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("test", "Runs rule tests: each test is a partnership with the outcome named rules must give on it.");
        command.Options.Add(rules);
        command.Options.Add(verbose);
        command.Options.Add(only);
        command.SetAction(parse => Run(parse.GetValue(rules), parse.GetValue(verbose), parse.GetValue(only) ?? Array.Empty<string>(), output, error));
        return command;
    }

    private static int Run(string[]? directories, bool verbose, string[] only, TextWriter output, TextWriter error)
    {
        if (directories is null || directories.Length == 0)
        {
            if (!Directory.Exists(DefaultRulesDirectory))
            {
                error.WriteLine(Diagnostic.Create(DiagnosticDescriptors.DirectoryNotFound, null, DefaultRulesDirectory).ToString());
                return ExitCodes.InvalidInput;
            }

            directories = new[] { DefaultRulesDirectory };
        }

        var options = new PartnershipRulesOptions { IncludeDefaultCatalogue = false };
        foreach (var directory in directories)
        {
            options.RuleDirectories.Add(directory);
        }

        // The catalogue's own diagnostics are in the test report; those from before it loaded are printed here.
        var build = AnalyzerBuilder.Build(options);
        if (build.Catalogue is not { } catalogue)
        {
            foreach (var diagnostic in build.Diagnostics)
            {
                error.WriteLine(diagnostic.ToString());
            }

            return ExitCodes.InvalidInput;
        }

        var suite = RuleTestSuite.LoadDirectories(directories);
        var report = RuleTestRunner.Run(catalogue, suite);
        foreach (var diagnostic in report.Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }

        Write(report, verbose, id => only.Length == 0 || only.Any(p => id.StartsWith(p, StringComparison.OrdinalIgnoreCase)), output);
        if (report.Diagnostics.Any(d => d.IsError))
        {
            return ExitCodes.InvalidInput;
        }

        return report.Passed ? ExitCodes.Success : ExitCodes.Findings;
    }

    private static void Write(RuleTestReport report, bool verbose, Func<string, bool> shown, TextWriter output)
    {
        var byRule = report.Expectations.ToLookup(e => e.Expectation.RuleId, StringComparer.Ordinal);
        foreach (var rule in report.Coverage.Where(c => shown(c.Rule.Id)))
        {
            var covered = rule.Covered.Count == 0 ? "nothing" : string.Join(", ", rule.Covered.Select(OutcomeNames.Words));
            output.WriteLine($"{rule.Rule.Id,-8} {(rule.Passed ? "pass" : "FAIL"),-5} {byRule[rule.Rule.Id].Count()} expectation(s); shows {covered}");
            foreach (var result in byRule[rule.Rule.Id].Where(r => verbose || !r.Passed))
            {
                WriteExpectation(result, output);
            }

            if (rule.Missing.Count > 0)
            {
                output.WriteLine($"    missing: no passing test where it gives {string.Join(", ", rule.Missing.Select(OutcomeNames.Name))}");
            }
        }

        foreach (var orphan in report.Expectations.Where(e => e.Result is null))
        {
            output.WriteLine($"{orphan.Expectation.Location}: error: no loaded rule has the id '{orphan.Expectation.RuleId}' (test '{orphan.Test.Name}').");
        }

        var failedExpectations = report.Expectations.Count(e => !e.Passed);
        var failedRules = report.Coverage.Count(c => !c.Passed);
        var tests = report.Expectations.Select(e => e.Test).Distinct().Count();
        output.WriteLine(
            $"{report.Coverage.Count} rule(s), {tests} test(s), {report.Expectations.Count} expectation(s): " +
            $"{report.Expectations.Count - failedExpectations} passed, {failedExpectations} failed; " +
            $"{report.Coverage.Count - failedRules} rule(s) pass, {failedRules} fail.");
    }

    private static void WriteExpectation(ExpectationResult result, TextWriter output)
    {
        var expected = OutcomeNames.Words(result.Expectation.Expected);
        var actual = result.Actual is { } outcome ? OutcomeNames.Words(outcome) : "no such rule";
        var verdict = result.Passed ? "ok  " : "FAIL";
        output.WriteLine($"    {verdict} {result.Expectation.Location}: '{result.Test.Name}': expected {expected}, got {actual}");
        if (result.Passed || result.Result is null)
        {
            return;
        }

        if (result.Result.Outcome == Outcome.InsufficientInformation)
        {
            foreach (var missing in result.Result.MissingFacts)
            {
                output.WriteLine($"           needs {missing.Location.Path} ({(missing.State == PartnershipRules.Facts.FactState.Unknown ? "unknown" : "not recorded")})");
            }
        }
        else if (result.Result.Finding is { } finding)
        {
            output.WriteLine($"           finding: {finding.Message}");
        }
    }
}
