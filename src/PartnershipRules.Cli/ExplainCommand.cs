using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Facts;
using PartnershipRules.Model;

namespace PartnershipRules.Cli;

/// <summary>
/// <c>partnership-rules explain RULEID CASE</c>: why a rule fired, did not fire, could not decide or did not apply on
/// one case, as the condition tree with the fact read at every node, the value found and what followed.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(TextWriter output, TextWriter error, CaseInput cases)
    {
        var ruleId = new Argument<string>("rule") { Description = "The rule id, e.g. PR5001." };
        var casePath = new Argument<string>("case") { Description = "The case file (YAML or JSON), or - for standard input." };
        var analyzerArguments = new AnalyzerArguments(evaluates: true);
        var command = new Command("explain", "Explains one rule's outcome on a case, node by node, in plain words.");
        command.Arguments.Add(ruleId);
        command.Arguments.Add(casePath);
        command.Validators.Add(result => FrontDoor.RefuseUnknownOptions(result, new[] { FrontDoor.TryRead(() => result.GetValue(ruleId)), FrontDoor.TryRead(() => result.GetValue(casePath)) }.OfType<string>()));
        analyzerArguments.AddTo(command);
        command.SetAction(parse =>
        {
            var options = analyzerArguments.Options(parse, error, DateTime.Today);
            var build = options is null ? null : Hosting.AnalyzerBuilder.Build(options);
            foreach (var diagnostic in build?.Diagnostics ?? Array.Empty<Diagnostic>())
            {
                error.WriteLine(diagnostic.ToString());
            }

            if (build?.Analyzer is not { } analyzer)
            {
                return ExitCodes.InvalidInput;
            }

            var id = parse.GetValue(ruleId)!;
            if (!analyzer.Rules.Any(r => r.Id == id))
            {
                var ids = analyzer.Rules.Select(r => r.Id);
                error.WriteLine(Diagnostic.Create(DiagnosticDescriptors.UnknownRuleOption, null, "rule argument", id, Spelling.DidYouMean(id, ids)).ToString());
                return ExitCodes.InvalidInput;
            }

            var read = cases.Load(parse.GetValue(casePath)!, options!.EffectiveCaseFileLimits());
            if (read.HasErrors)
            {
                foreach (var diagnostic in read.Diagnostics)
                {
                    error.WriteLine(diagnostic.ToString());
                }

                return ExitCodes.InvalidInput;
            }

            Write(analyzer.Explain(read.Case!, id), output);
            return ExitCodes.Success;
        });
        return command;
    }

    internal static void Write(Explanation explanation, TextWriter output)
    {
        var result = explanation.Result;
        output.WriteLine($"{explanation.Rule.Id}: {explanation.Rule.Title}");
        switch (result.Outcome)
        {
            case Outcome.Fired:
                output.WriteLine("Outcome: fired. " + result.Finding!.Message);
                break;
            case Outcome.NotFired:
                output.WriteLine("Outcome: did not fire.");
                break;
            case Outcome.InsufficientInformation:
                output.WriteLine("Outcome: insufficient information. To decide it, find out:");
                foreach (var missing in result.MissingFacts)
                {
                    output.WriteLine($"  - {missing.Location.Path} ({(missing.State == FactState.Unknown ? "recorded as unknown" : "not recorded")}): {missing.Question}");
                }

                break;
            default:
                output.WriteLine("Outcome: not applicable.");
                break;
        }

        if (explanation.AppliesWhen is { } applies)
        {
            output.WriteLine(applies.Value switch
            {
                Truth.True => "It applies because:",
                Truth.False => "It does not apply because:",
                _ => "Whether it applies is not known:",
            });
            Tree(applies, 1, output);
            if (result.Outcome == Outcome.NotApplicable)
            {
                return;
            }
        }

        output.WriteLine(explanation.Condition.Value switch
        {
            Truth.True => "It fires because:",
            Truth.False => "It does not fire because:",
            _ => "It cannot decide because:",
        });
        Tree(explanation.Condition, 1, output);
    }

    private static void Tree(ExplanationNode node, int depth, TextWriter output)
    {
        var mark = node.Value switch { Truth.True => "true", Truth.False => "false", _ => "unknown" };
        output.WriteLine($"{new string(' ', depth * 2)}[{mark}] {node.Text}{(node.Note is null ? string.Empty : " — " + node.Note)}");
        foreach (var child in node.Children)
        {
            Tree(child, depth + 1, output);
        }
    }
}
