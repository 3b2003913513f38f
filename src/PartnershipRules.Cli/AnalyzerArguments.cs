using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using PartnershipRules.Diagnostics;
using PartnershipRules.Engine;
using PartnershipRules.Hosting;

namespace PartnershipRules.Cli;

/// <summary>
/// The options of every command that loads rules, mapped onto <see cref="PartnershipRulesOptions"/> and built by
/// <see cref="AnalyzerBuilder"/>, the same path the DI package and code take: <c>--rules</c>, <c>--extend</c>,
/// <c>--config</c>, <c>--set</c>, <c>--severity</c>, <c>--limit</c>, and for the commands that evaluate,
/// <c>--max-findings</c>, <c>--evaluation-timeout</c>, <c>--expression-compiler</c>,
/// <c>--assess-undated-cases-today</c> and <c>--assessment</c>.
/// </summary>
internal sealed class AnalyzerArguments
{
    private static readonly Dictionary<string, ExpressionCompiler> Compilers = new(StringComparer.Ordinal)
    {
        ["fast"] = ExpressionCompiler.Fast,
        ["framework"] = ExpressionCompiler.Framework,
        ["interpreted"] = ExpressionCompiler.Interpreted,
    };

    private readonly bool _evaluates;

    private readonly Option<string[]> _rules = Many("--rules", "A directory of rule files to use instead of the embedded catalogue (repeatable).");
    private readonly Option<string[]> _extend = Many("--extend", "A directory layered over the catalogue (repeatable, lowest first): rules it adds and 'overrides:' of earlier rules.");
    private readonly Option<string?> _config = new("--config") { Description = "A configuration file (severities per category and rule, parameter values, suppressions), e.g. partnershiprules.yaml." };
    private readonly Option<string[]> _set = Many("--set", "A value for a rule parameter, RULEID.name=VALUE (repeatable), e.g. PR4007.minimumBarriers=5.");
    private readonly Option<string[]> _severity = Many("--severity", "A severity for a rule or a category, KEY=SEVERITY (repeatable), e.g. PR3002=none or barriers=suggestion; wins over --config.");
    private readonly Option<string[]> _limit = Many("--limit", "A document limit, KIND.NAME=NUMBER (repeatable): KIND rules, cases or configuration; NAME maxFileBytes, maxScalarLength, maxDepth, maxNodes, maxListItems or maxDiagnostics.");
    private readonly Option<int?> _maxFindings = ValueOptions.OptionalCount("--max-findings", "List at most this many findings per case, the most severe first kept (every rule's outcome still counts).", 0);
    private readonly Option<TimeSpan?> _timeout = ValueOptions.Duration("--evaluation-timeout", "A time budget for each evaluation, as hh:mm:ss (e.g. 00:00:02); past it the result is marked incomplete (PRE004).", "00:00:02");
    private readonly Option<ExpressionCompiler> _compiler = EnumOption.Create("--expression-compiler", "The compiler that turns rules into code.", Compilers, ExpressionCompiler.Fast);
    private readonly Option<string[]> _assessment = Many("--assessment", "An assessment threshold, NAME=VALUE (repeatable): reconsiderAt or conditionsAt (a severity), undecidedShare or notEnoughKnownShare (above 0, at most 1), priorityCount or questionCount (at least 1), e.g. priorityCount=3.");
    private readonly Option<bool> _assessUndated = new("--assess-undated-cases-today") { Description = "Evaluate a case that records no assessedOn as assessed on --evaluation-date (default: today)." };

    public AnalyzerArguments(bool evaluates)
    {
        _evaluates = evaluates;
    }

    public void AddTo(Command command)
    {
        command.Options.Add(_rules);
        command.Options.Add(_extend);
        command.Options.Add(_config);
        command.Options.Add(_set);
        command.Options.Add(_severity);
        command.Options.Add(_limit);
        if (_evaluates)
        {
            command.Options.Add(_maxFindings);
            command.Options.Add(_timeout);
            command.Options.Add(_compiler);
            command.Options.Add(_assessUndated);
            command.Options.Add(_assessment);
        }
    }

    /// <summary>The configuration file given with <c>--config</c>, if any (an input an output must not overwrite).</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <returns>The path as given, or null.</returns>
    public string? ConfigurationPath(ParseResult parse) => parse.GetValue(_config);

    /// <summary>The options the command line gives; null after printing why a value could not be read.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="error">Where diagnostics go.</param>
    /// <param name="today">The date "today" is, for --assess-undated-cases-today.</param>
    public PartnershipRulesOptions? Options(ParseResult parse, TextWriter error, DateTime? today = null)
    {
        var options = new PartnershipRulesOptions();
        var rules = parse.GetValue(_rules) ?? Array.Empty<string>();
        options.IncludeDefaultCatalogue = rules.Length == 0;
        foreach (var directory in rules)
        {
            options.RuleDirectories.Add(directory);
        }

        foreach (var directory in parse.GetValue(_extend) ?? Array.Empty<string>())
        {
            options.RuleDirectories.Add(directory);
        }

        options.ConfigurationFile = parse.GetValue(_config);
        var problems = new List<Diagnostic>();
        Each(parse.GetValue(_set), options.SetParameter, problems);
        Each(parse.GetValue(_severity), options.SetSeverity, problems);
        Each(parse.GetValue(_limit), options.SetLimit, problems);
        if (_evaluates)
        {
            options.MaxFindings = parse.GetValue(_maxFindings);
            options.EvaluationTimeout = parse.GetValue(_timeout);
            options.ExpressionCompiler = parse.GetValue(_compiler);
            options.AssessUndatedCasesToday = parse.GetValue(_assessUndated);
            Each(parse.GetValue(_assessment), options.SetAssessment, problems);
            if (today is { } date)
            {
                options.Clock = new FixedClock(date);
            }
        }

        foreach (var problem in problems)
        {
            error.WriteLine(problem.ToString());
        }

        return problems.Count == 0 ? options : null;
    }

    /// <summary>Builds the analyzer the command line describes; prints every diagnostic of the build to <paramref name="error"/>.</summary>
    public AnalyzerBuild? Build(ParseResult parse, TextWriter error, DateTime? today = null) => Built(parse, error, today)?.Build;

    /// <summary>The options and the analyzer they build, or null (after printing why) when either fails.</summary>
    public (PartnershipRulesOptions Options, PartnershipAnalyzer Analyzer)? Analyzer(ParseResult parse, TextWriter error, DateTime? today = null) =>
        Built(parse, error, today) is { Build.Analyzer: { } analyzer } built ? (built.Options, analyzer) : null;

    private (PartnershipRulesOptions Options, AnalyzerBuild Build)? Built(ParseResult parse, TextWriter error, DateTime? today)
    {
        var options = Options(parse, error, today);
        if (options is null)
        {
            return null;
        }

        var build = AnalyzerBuilder.Build(options);
        foreach (var diagnostic in build.Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }

        return (options, build);
    }

    private static void Each(string[]? values, Func<string, Diagnostic?> set, List<Diagnostic> problems)
    {
        foreach (var value in values ?? Array.Empty<string>())
        {
            if (set(value) is { } problem)
            {
                problems.Add(problem);
            }
        }
    }

    private static Option<string[]> Many(string name, string description) => new(name)
    {
        Description = description,
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>A clock that says it is always the given day, so "today" is the evaluation date the user gave.</summary>
    private sealed class FixedClock : TimeProvider
    {
        private readonly DateTimeOffset _now;

        public FixedClock(DateTime day) => _now = new DateTimeOffset(DateTime.SpecifyKind(day.Date, DateTimeKind.Unspecified), TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
