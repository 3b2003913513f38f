using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PartnershipRules.Engine;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Benchmarks;

/// <summary>
/// How one evaluation's cost grows with the partners in a case (1 to 1,000) and with the rules compiled (the catalogue
/// one to four times), each size measured in interleaved rounds against gates only, with the cost per partner or per
/// rule alongside, so a curve that bends shows as a per-unit figure that grows.
/// </summary>
internal static class Scaling
{
    private static readonly Regex RuleId = new(@"\bPR(\d{4})\b", RegexOptions.CultureInvariant);

    public static int Run(int rounds, TextWriter output)
    {
        output.WriteLine($"Partners (generated typical cases, 2 funding streams, 2 forums), {rounds} rounds, load average {Interleaved.LoadAverage()}");
        output.WriteLine();
        output.WriteLine("| partners | analyzer µs | µs per partner | analyzer KB | KB per partner | gates only µs | × gates |");
        output.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var partners in new[] { 1, 10, 100, 1000 })
        {
            var c = new CaseGenerator(Workload.Seed, CaseProfile.Typical, partners, funding: 2, forums: 2).NextCase();
            var figures = Measure(Workload.Floor, Workload.Analyzer, c, rounds, Math.Max(2, 2000 / partners));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {partners:N0} | {figures.Analyzer.MedianMicroseconds:N0} | {figures.Analyzer.MedianMicroseconds / partners:N1} | {figures.Analyzer.MedianBytes / 1024:N0} | {figures.Analyzer.MedianBytes / 1024 / partners:N1} | {figures.Gates.MedianMicroseconds:N1} | {figures.Analyzer.MedianRatio:N0}x |"));
        }

        output.WriteLine();
        output.WriteLine($"Rules (the catalogue compiled 1 to 4 times, ids renamed in each copy), typical example, {rounds} rounds");
        output.WriteLine();
        output.WriteLine("| copies | rules | analyzer µs | µs per rule | analyzer KB | KB per rule | gates only µs | × gates |");
        output.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (var copies = 1; copies <= 4; copies++)
        {
            var catalogue = Copies(copies);
            var figures = Measure(new FloorEvaluator(catalogue), new PartnershipAnalyzer(catalogue), Workload.Typical, rounds, 100);
            var rules = catalogue.Definitions.Count;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {copies} | {rules} | {figures.Analyzer.MedianMicroseconds:N0} | {figures.Analyzer.MedianMicroseconds / rules:N2} | {figures.Analyzer.MedianBytes / 1024:N0} | {figures.Analyzer.MedianBytes / 1024 / rules:N2} | {figures.Gates.MedianMicroseconds:N1} | {figures.Analyzer.MedianRatio:N0}x |"));
        }

        return 0;
    }

    /// <summary>The embedded catalogue with its rule files repeated, every rule id renamed in each extra copy (composites too, so each copy chains within itself).</summary>
    public static RuleCatalogue Copies(int copies)
    {
        var assembly = typeof(RuleCatalogue).Assembly;
        var files = assembly.GetManifestResourceNames().Where(n => n.StartsWith("PartnershipRules.Catalogue/", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal)
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return (Name: n, Text: reader.ReadToEnd());
            })
            .ToList();
        var sources = files.Select(f => RuleSource.FromText(f.Name, f.Text)).ToList();
        for (var copy = 2; copy <= copies; copy++)
        {
            var prefix = "C" + copy.ToString(CultureInfo.InvariantCulture);
            sources.AddRange(files.Where(f => RuleId.IsMatch(f.Text) && f.Text.Contains("\nrules:", StringComparison.Ordinal))
                .Select(f => RuleSource.FromText(prefix + "/" + f.Name, RuleId.Replace(f.Text, prefix + "PR$1"))));
        }

        var catalogue = RuleCatalogue.Load(sources);
        return catalogue.Diagnostics.Any(d => d.IsError)
            ? throw new InvalidOperationException("The copied catalogue does not load: " + catalogue.Diagnostics.First(d => d.IsError))
            : catalogue;
    }

    private static (Interleaved.Figures Gates, Interleaved.Figures Analyzer) Measure(FloorEvaluator floor, PartnershipAnalyzer analyzer, Model.PartnershipCase c, int rounds, int calls)
    {
        var figures = Interleaved.Measure(new Interleaved.Contender[] { new("gates only", () => floor.FiredCount(c.Partnership)), new("analyzer", () => analyzer.Analyze(c)) }, rounds, calls);
        return (figures[0], figures[1]);
    }
}
