using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using PartnershipRules.Assessment;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Engine;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;
using PartnershipRules.RuleLanguage.CodeRules;

namespace PartnershipRules.Hosting;

/// <summary>
/// Everything that decides how rules are loaded, configured and evaluated: the one description that
/// <see cref="AnalyzerBuilder"/> turns into a ready <see cref="PartnershipAnalyzer"/> with its diagnostics. The
/// command-line tool, the dependency-injection package and code all fill in this type, so every setting means the
/// same everywhere: bind it from configuration (section <see cref="SectionName"/>), set it in code, or pass the
/// tool's options. Like other .NET options types it is mutable while being filled in; the builder copies what it
/// reads, so a built analyzer never changes afterwards.
/// </summary>
public sealed class PartnershipRulesOptions
{
    private static readonly System.Text.RegularExpressions.Regex RuleIdPattern = new("^[A-Z][A-Z0-9]*[0-9]$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The configuration section the options bind from by default.</summary>
    public const string SectionName = "PartnershipRules";

    /// <summary>Whether the embedded catalogue is the base layer (default true). When false, <see cref="RuleDirectories"/> are the catalogue.</summary>
    public bool IncludeDefaultCatalogue { get; set; } = true;

    /// <summary>Directories of rule files, each a layer over the previous (rules added, <c>overrides:</c> applied), lowest first.</summary>
    public IList<string> RuleDirectories { get; } = new List<string>();

    /// <summary>Extra rule sources after the directories, e.g. <see cref="RuleSource.FromStream"/>. Code only.</summary>
    public IList<RuleSource> RuleSources { get; } = new List<RuleSource>();

    /// <summary>Rules written in C# (<see cref="CodeRule"/>). Code only.</summary>
    public IList<CodeRule> CodeRules { get; } = new List<CodeRule>();

    /// <summary>A configuration file (<c>partnershiprules.yaml</c>): severities, parameters, suppressions.</summary>
    public string? ConfigurationFile { get; set; }

    /// <summary>Severity overrides per rule id; they win over the configuration file. <see cref="Severity.None"/> hides a rule's results.</summary>
    public IDictionary<string, Severity> RuleSeverities { get; } = new Dictionary<string, Severity>(StringComparer.Ordinal);

    /// <summary>Severity overrides per category; they win over the configuration file, and per-rule overrides win over them.</summary>
    public IDictionary<RuleCategory, Severity> CategorySeverities { get; } = new Dictionary<RuleCategory, Severity>();

    /// <summary>Rule parameter values, keyed <c>RULEID.name</c>; they win over the configuration file's.</summary>
    public IDictionary<string, double> Parameters { get; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>The most findings a result lists, the most severe kept (null: no cap).</summary>
    public int? MaxFindings { get; set; }

    /// <summary>A time budget for one evaluation (null: none); past it the result is marked incomplete (PRE004).</summary>
    public TimeSpan? EvaluationTimeout { get; set; }

    /// <summary>Which compiler turns the rules into code (default <see cref="ExpressionCompiler.Fast"/>).</summary>
    public ExpressionCompiler ExpressionCompiler { get; set; } = ExpressionCompiler.Fast;

    /// <summary>
    /// Whether a case that records no <c>assessedOn</c> is evaluated as assessed today by <see cref="Clock"/>
    /// (default false: a result depends only on the case, never on the clock).
    /// </summary>
    public bool AssessUndatedCasesToday { get; set; }

    /// <summary>The clock "today" is read from when <see cref="AssessUndatedCasesToday"/> is set (default: the system's). Code only; the DI package uses the container's.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Changes to the limits of rule, bibliography and criteria files (defaults: <see cref="DocumentLimits.RuleFiles"/>).</summary>
    public DocumentLimitSettings RuleFileLimits { get; } = new();

    /// <summary>Changes to the limits of case files (defaults: <see cref="DocumentLimits.CaseFiles"/>).</summary>
    public DocumentLimitSettings CaseFileLimits { get; } = new();

    /// <summary>Changes to the limits of configuration files (defaults: <see cref="DocumentLimits.ConfigurationFiles"/>).</summary>
    public DocumentLimitSettings ConfigurationFileLimits { get; } = new();

    /// <summary>Long-running hosts: rebuild the analyzer in the background when the rule directories or the configuration file change.</summary>
    public bool WatchForChanges { get; set; }

    /// <summary>Changes to the thresholds of the assessment every report leads with (<see cref="PartnershipAnalyzer.Assess(Model.AnalysisResult)"/>).</summary>
    public AssessmentSettings Assessment { get; } = new();

    /// <summary>Long-running hosts: quiet time after the last change before rebuilding (default 300 ms; editors save in several writes).</summary>
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>The directories a host watches: the rule directories and the configuration file's directory.</summary>
    public IReadOnlyList<string> WatchedDirectories =>
        RuleDirectories
            .Concat(ConfigurationFile is null ? Array.Empty<string>() : new[] { Path.GetDirectoryName(Path.GetFullPath(ConfigurationFile)) ?? "." })
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>Adds rules or overrides from a stream, opened whenever the analyzer is built.</summary>
    /// <param name="name">The name used in diagnostics.</param>
    /// <param name="open">Opens the stream.</param>
    /// <returns>These options.</returns>
    public PartnershipRulesOptions AddRules(string name, Func<Stream> open)
    {
        RuleSources.Add(RuleSource.FromStream(name, open));
        return this;
    }

    /// <summary>Adds a rule written in C#.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>These options.</returns>
    public PartnershipRulesOptions AddRule(CodeRule rule)
    {
        CodeRules.Add(rule ?? throw new ArgumentNullException(nameof(rule)));
        return this;
    }

    /// <summary>
    /// Sets a rule parameter from text as written on the command line, <c>RULEID.name=NUMBER</c> (e.g.
    /// <c>PR4007.minimumBarriers=5</c>). Whether the parameter exists is checked when the analyzer is built (PRL020).
    /// </summary>
    /// <param name="assignment">The text.</param>
    /// <returns>Null when set; otherwise PRO003 saying what is wrong.</returns>
    public Diagnostic? SetParameter(string assignment)
    {
        var equals = assignment?.IndexOf('=') ?? -1;
        var number = equals > 0 ? assignment!.Substring(equals + 1) : string.Empty;
        if (equals > 0
            && double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && !double.IsNaN(value) && !double.IsInfinity(value))
        {
            Parameters[assignment!.Substring(0, equals).Trim()] = value;
            return null;
        }

        return Diagnostic.Create(DiagnosticDescriptors.InvalidParameterAssignment, null, assignment ?? string.Empty);
    }

    /// <summary>
    /// Sets a severity from text as written on the command line, <c>KEY=SEVERITY</c>: a rule id (<c>PR3002=none</c>,
    /// into <see cref="RuleSeverities"/>) or a category spelt as in configuration files (<c>barriers=suggestion</c>,
    /// into <see cref="CategorySeverities"/>). Whether a rule id exists is checked when the analyzer is built (PRO001).
    /// </summary>
    /// <param name="assignment">The text.</param>
    /// <returns>Null when set; otherwise PRO005 saying what is wrong.</returns>
    public Diagnostic? SetSeverity(string assignment)
    {
        var equals = assignment?.IndexOf('=') ?? -1;
        if (equals > 0 && Spelling.TryParse<Severity>(assignment!.Substring(equals + 1).Trim(), out var severity))
        {
            var key = assignment.Substring(0, equals).Trim();
            if (Spelling.TryParse<RuleCategory>(key, out var category))
            {
                CategorySeverities[category] = severity;
                return null;
            }

            if (RuleIdPattern.IsMatch(key))
            {
                RuleSeverities[key] = severity;
                return null;
            }
        }

        return Diagnostic.Create(DiagnosticDescriptors.InvalidSeverityAssignment, null, assignment ?? string.Empty, string.Join(", ", Spelling.All<RuleCategory>()), string.Join(", ", Spelling.All<Severity>()));
    }

    /// <summary>
    /// Sets a document limit from text as written on the command line, <c>KIND.NAME=NUMBER</c>, where KIND is
    /// <c>rules</c>, <c>cases</c> or <c>configuration</c> and NAME one of maxFileBytes, maxScalarLength, maxDepth,
    /// maxNodes, maxListItems, maxDiagnostics (e.g. <c>cases.maxFileBytes=1048576</c>).
    /// </summary>
    /// <param name="assignment">The text.</param>
    /// <returns>Null when set; otherwise PRO004 saying what is wrong.</returns>
    public Diagnostic? SetLimit(string assignment)
    {
        var equals = assignment?.IndexOf('=') ?? -1;
        var dot = assignment?.IndexOf('.') ?? -1;
        if (equals > 0 && dot > 0 && dot < equals
            && long.TryParse(assignment!.Substring(equals + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && LimitsOf(assignment.Substring(0, dot).Trim()) is { } settings
            && settings.TrySet(assignment.Substring(dot + 1, equals - dot - 1).Trim(), value))
        {
            return null;
        }

        return Diagnostic.Create(DiagnosticDescriptors.InvalidLimitAssignment, null, assignment ?? string.Empty, "rules, cases, configuration", string.Join(", ", DocumentLimitSettings.Names));
    }

    /// <summary>
    /// Sets an assessment threshold from text as written on the command line, <c>NAME=VALUE</c>, where NAME is one of
    /// reconsiderAt, conditionsAt (a severity), undecidedShare, notEnoughKnownShare (a share above 0, at most 1),
    /// priorityCount, questionCount (a whole number of at least 1), e.g. <c>priorityCount=3</c>.
    /// </summary>
    /// <param name="assignment">The text.</param>
    /// <returns>Null when set; otherwise PRO006 saying what is wrong. Ranges are checked when the analyzer is built.</returns>
    public Diagnostic? SetAssessment(string assignment)
    {
        var equals = assignment?.IndexOf('=') ?? -1;
        if (equals > 0 && Assessment.TrySet(assignment!.Substring(0, equals).Trim(), assignment.Substring(equals + 1).Trim()))
        {
            return null;
        }

        return InvalidAssessment(assignment ?? string.Empty);
    }

    /// <summary>The assessment thresholds in effect.</summary>
    /// <returns>The thresholds.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of its range (the builder reports this as PRO006).</exception>
    public AssessmentOptions EffectiveAssessmentOptions() => Assessment.ApplyTo(AssessmentOptions.Default);

    internal static Diagnostic InvalidAssessment(string what) =>
        Diagnostic.Create(DiagnosticDescriptors.InvalidAssessmentSetting, null, what, string.Join(", ", AssessmentSettings.Names), string.Join(", ", Spelling.All<Severity>().Where(s => s is not "none" and not "silent")));

    /// <summary>The limits in effect for rule files.</summary>
    /// <returns>The limits.</returns>
    public DocumentLimits EffectiveRuleFileLimits() => RuleFileLimits.ApplyTo(DocumentLimits.RuleFiles);

    /// <summary>The limits in effect for case files: read cases with them (<see cref="Cases.CaseFile.Load(string, DocumentLimits)"/>).</summary>
    /// <returns>The limits.</returns>
    public DocumentLimits EffectiveCaseFileLimits() => CaseFileLimits.ApplyTo(DocumentLimits.CaseFiles);

    /// <summary>The limits in effect for configuration files.</summary>
    /// <returns>The limits.</returns>
    public DocumentLimits EffectiveConfigurationFileLimits() => ConfigurationFileLimits.ApplyTo(DocumentLimits.ConfigurationFiles);

    /// <summary>A copy that later changes to these options do not reach (the builder and the advisor keep one).</summary>
    /// <returns>The copy.</returns>
    public PartnershipRulesOptions Clone()
    {
        var copy = new PartnershipRulesOptions
        {
            IncludeDefaultCatalogue = IncludeDefaultCatalogue,
            ConfigurationFile = ConfigurationFile,
            MaxFindings = MaxFindings,
            EvaluationTimeout = EvaluationTimeout,
            ExpressionCompiler = ExpressionCompiler,
            AssessUndatedCasesToday = AssessUndatedCasesToday,
            Clock = Clock,
            WatchForChanges = WatchForChanges,
            ReloadDelay = ReloadDelay,
        };
        CopyInto(RuleDirectories, copy.RuleDirectories);
        CopyInto(RuleSources, copy.RuleSources);
        CopyInto(CodeRules, copy.CodeRules);
        CopyInto(RuleSeverities, copy.RuleSeverities);
        CopyInto(CategorySeverities, copy.CategorySeverities);
        CopyInto(Parameters, copy.Parameters);
        CopyLimits(RuleFileLimits, copy.RuleFileLimits);
        CopyLimits(CaseFileLimits, copy.CaseFileLimits);
        CopyLimits(ConfigurationFileLimits, copy.ConfigurationFileLimits);
        Assessment.CopyTo(copy.Assessment);
        return copy;
    }

    private DocumentLimitSettings? LimitsOf(string kind) => kind switch
    {
        "rules" => RuleFileLimits,
        "cases" => CaseFileLimits,
        "configuration" => ConfigurationFileLimits,
        _ => null,
    };

    private static void CopyInto<T>(ICollection<T> from, ICollection<T> to)
    {
        foreach (var item in from)
        {
            to.Add(item);
        }
    }

    private static void CopyLimits(DocumentLimitSettings from, DocumentLimitSettings to)
    {
        to.MaxFileBytes = from.MaxFileBytes;
        to.MaxScalarLength = from.MaxScalarLength;
        to.MaxDepth = from.MaxDepth;
        to.MaxNodes = from.MaxNodes;
        to.MaxListItems = from.MaxListItems;
        to.MaxDiagnostics = from.MaxDiagnostics;
    }
}
