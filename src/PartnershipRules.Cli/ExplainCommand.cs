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
        var targets = new Argument<string[]>("rule-and-case")
        {
            Description = "The rule id and the case file (YAML or JSON, or - for standard input); with --what-if, the case alone gives what would change in the whole assessment.",
            Arity = new ArgumentArity(1, 2),
        };
        var whatIf = new Option<string[]>("--what-if")
        {
            Description = "Set a fact before evaluating, FACT=VALUE (repeatable), e.g. forums[Partnership Board].communityVotes=true or partners[DMC].stability=stable; shows which findings and which parts of the verdict would change.",
            AllowMultipleArgumentsPerToken = false,
        };
        var analyzerArguments = new AnalyzerArguments(evaluates: true);
        var command = new Command("explain", "Explains one rule's outcome on a case, node by node, in plain words; with --what-if, what setting some facts would change.");
        command.Arguments.Add(targets);
        command.Options.Add(whatIf);
        command.Validators.Add(result =>
        {
            var given = FrontDoor.TryRead(() => result.GetValue(targets)) ?? Array.Empty<string>();
            FrontDoor.RefuseUnknownOptions(result, given);
            var changes = result.GetValue(whatIf) ?? Array.Empty<string>();
            if (given.Length == 1 && changes.Length == 0)
            {
                result.AddError("Give the rule and the case (explain PR5001 case.yaml), or the case alone with --what-if FACT=VALUE.");
            }

            foreach (var change in changes.Where(c => !FactChange.TryParse(c, out _)))
            {
                result.AddError($"'{change}' is not FACT=VALUE for --what-if, e.g. forums[Partnership Board].communityVotes=true.");
            }
        });
        analyzerArguments.AddTo(command);
        command.SetAction(parse =>
        {
            if (analyzerArguments.Analyzer(parse, error, DateTime.Today) is not var (options, analyzer))
            {
                return ExitCodes.InvalidInput;
            }

            var given = parse.GetValue(targets)!;
            var id = given.Length == 2 ? given[0] : null;
            if (id is not null && !analyzer.Rules.Any(r => r.Id == id))
            {
                var ids = analyzer.Rules.Select(r => r.Id);
                error.WriteLine(Diagnostic.Create(DiagnosticDescriptors.UnknownRuleOption, null, "rule argument", id, Spelling.DidYouMean(id, ids)).ToString());
                return ExitCodes.InvalidInput;
            }

            var read = cases.Load(given[^1], options.EffectiveCaseFileLimits());
            if (read.HasErrors)
            {
                foreach (var diagnostic in read.Diagnostics)
                {
                    error.WriteLine(diagnostic.ToString());
                }

                return ExitCodes.InvalidInput;
            }

            var changes = (parse.GetValue(whatIf) ?? Array.Empty<string>()).Select(c => FactChange.TryParse(c, out var change) ? change! : throw new InvalidOperationException("validated")).ToList();
            if (changes.Count == 0)
            {
                Write(analyzer.Explain(read.Case!, id!), output);
                return ExitCodes.Success;
            }

            Reviews.WhatIf outcome;
            try
            {
                outcome = analyzer.WhatIf(read.Case!, changes);
            }
            catch (ArgumentException ex)
            {
                error.WriteLine("error: --what-if " + TextEscaping.Line(ex.Message));
                return ExitCodes.InvalidInput;
            }

            if (id is not null)
            {
                var changed = outcome.Changes.Aggregate(read.Case!.Partnership, (p, c) => c.ApplyTo(p));
                Write(analyzer.Explain(new PartnershipCase(changed, read.Case!.SourceMap, read.Case.Suppressions), id), output);
                output.WriteLine();
            }

            WhatIfText.Write(outcome, output);
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
