using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using PartnershipRules.Model;
using PartnershipRules.Reporting;

namespace PartnershipRules.Cli;

/// <summary><c>partnership-rules validate</c>: load rule files (and a configuration, if given) and print their diagnostics.</summary>
internal static class ValidateCommand
{
    private static readonly Dictionary<string, ReportFormat> Formats = new(StringComparer.Ordinal)
    {
        ["text"] = ReportFormat.Text,
        ["sarif"] = ReportFormat.Sarif,
    };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var analyzerArguments = new AnalyzerArguments(evaluates: false);
        var format = EnumOption.Create("--format", "Output format: compiler-style lines, or SARIF 2.1.0 (each diagnostic a result, its other places related locations).", Formats, ReportFormat.Text);
        format.Aliases.Add("-f");
        var command = new Command("validate", "Loads rule files and reports every authoring mistake with file, line and column.");
        analyzerArguments.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var options = analyzerArguments.Options(parse, error);
            if (options is null)
            {
                return ExitCodes.InvalidInput;
            }

            var build = Hosting.AnalyzerBuilder.Build(options);
            if (parse.GetValue(format) == ReportFormat.Sarif)
            {
                ReportWriter.For(ReportFormat.Sarif).Write(output, new Report(Array.Empty<CaseReport>(), Array.Empty<RuleDescriptor>(), diagnostics: build.Diagnostics));
            }
            else
            {
                foreach (var diagnostic in build.Diagnostics)
                {
                    output.WriteLine(diagnostic.ToString());
                }

                output.WriteLine($"{build.Catalogue?.Rules.Count ?? 0} rule(s) loaded, {build.Diagnostics.Count} diagnostic(s).");
            }

            return build.Succeeded ? ExitCodes.Success : ExitCodes.InvalidInput;
        });
        return command;
    }
}
