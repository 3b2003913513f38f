using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NRules;
using NRules.Diagnostics;
using PartnershipRules.Assessment;
using PartnershipRules.Diagnostics;
using PartnershipRules.Facts;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Engine;

/// <summary>
/// A rule catalogue compiled into one NRules rule network, ready to evaluate partnerships. Create it once and share
/// it: it is immutable and thread-safe. Each thread evaluates in an NRules session of its own, which it reuses after a
/// clean evaluation (its facts retracted), so evaluations on different threads never share state.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "The analyzer is shared for the life of a host and replaced by reloads without a disposal point; ThreadLocal's finalizer releases the per-thread sessions when it is collected.")]
public sealed class PartnershipAnalyzer
{
    private readonly ISessionFactory _factory;
    private readonly IReadOnlyList<CompiledRule> _rules;
    // Each rule's configured severity, in the order of _rules (null: none configured).
    private readonly EffectiveSeverity?[] _severityOf;
    private readonly IReadOnlyList<Suppression> _suppressions;
    private readonly int? _maxFindings;
    private readonly Func<DateTime>? _today;
    private readonly TimeSpan? _timeout;

    // One reusable session per thread and analyzer (never shared: see ReusableSession). ThreadLocal's finalizer frees
    // the slots when an analyzer replaced by a reload is collected.
    private readonly ThreadLocal<ReusableSession?> _sessions = new(() => null);

    /// <summary>Compiles the rules of a catalogue, each at its default severity. Rules that failed to load are simply absent.</summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <param name="cancellationToken">Cancels compilation.</param>
    public PartnershipAnalyzer(RuleCatalogue catalogue, CancellationToken cancellationToken = default)
        : this(catalogue, AnalyzerOptions.Default, cancellationToken)
    {
    }

    /// <summary>Compiles the rules of a catalogue with a configuration of severities.</summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <param name="options">Severities from a configuration file and the host's overrides.</param>
    /// <param name="cancellationToken">Cancels compilation.</param>
    /// <exception cref="ArgumentException">A setting names no rule of the catalogue (build through <see cref="Hosting.AnalyzerBuilder"/> to get these as located diagnostics instead).</exception>
    public PartnershipAnalyzer(RuleCatalogue catalogue, AnalyzerOptions options, CancellationToken cancellationToken = default)
        : this(catalogue, options, Resolve(catalogue, options), cancellationToken)
    {
    }

    /// <summary>Compiles with severities already resolved (by <see cref="Hosting.AnalyzerBuilder"/>), so they are resolved once.</summary>
    internal PartnershipAnalyzer(RuleCatalogue catalogue, AnalyzerOptions options, SeverityResolution resolution, CancellationToken cancellationToken)
    {
        Catalogue = catalogue ?? throw new ArgumentNullException(nameof(catalogue));
        Delegates = DelegateCompiler.For(options.ExpressionCompiler);
        (_factory, _rules) = RuleNetworkBuilder.Build(catalogue.Definitions, Delegates, cancellationToken);
        Rules = _rules.Select(r => r.Descriptor).ToList();
        Severities = resolution.Severities;
        _suppressions = options.Configuration.Suppressions;
        _maxFindings = options.MaxFindings;
        _today = options.Today;
        _timeout = options.EvaluationTimeout;
        AssessmentOptions = options.Assessment ?? AssessmentOptions.Default;
        RuleSetHash = HashOf(catalogue, resolution.Severities);
        var severities = resolution.Severities.ToDictionary(s => s.Rule.Id, StringComparer.Ordinal);
        _severityOf = _rules.Select(r => severities.TryGetValue(r.Descriptor.Id, out var s) ? s : null).ToArray();
    }

    /// <summary>What turns this analyzer's conditions into code (tests read its promotions).</summary>
    internal DelegateCompiler Delegates { get; }

    /// <summary>
    /// SHA-256 (hex) of what decides the results: the catalogue's content (<see cref="RuleCatalogue.ContentHash"/>)
    /// and every rule's effective severity. Reports carry it so that a result can be reproduced.
    /// </summary>
    public string RuleSetHash { get; }

    /// <summary>Each rule's effective severity and where it came from, in catalogue order.</summary>
    public IReadOnlyList<EffectiveSeverity> Severities { get; }

    /// <summary>The catalogue the analyzer was compiled from.</summary>
    public RuleCatalogue Catalogue { get; }

    /// <summary>Suppressions from the configuration, applied to every case (a case's own come with the case).</summary>
    public IReadOnlyList<Suppression> Suppressions => _suppressions;

    /// <summary>The rules that run (the catalogue's rules that are enabled), in catalogue order.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>The thresholds <see cref="Assess(AnalysisResult)"/> uses (<see cref="AnalyzerOptions.Assessment"/>).</summary>
    public AssessmentOptions AssessmentOptions { get; }

    /// <summary>
    /// The assessment of a result: the verdict on collaborating, the profile per area, the issues, priorities and
    /// next questions. Computed on demand, so an evaluation does not pay for it when a host does not ask.
    /// </summary>
    /// <param name="result">A result of this analyzer (or of another: the assessment reads only the result).</param>
    /// <returns>The assessment.</returns>
    public PartnershipAssessment Assess(AnalysisResult result) => PartnershipAssessment.Of(result, AssessmentOptions);

    private static SeverityResolution Resolve(RuleCatalogue catalogue, AnalyzerOptions options)
    {
        var resolution = SeverityResolver.Resolve(catalogue ?? throw new ArgumentNullException(nameof(catalogue)), options ?? throw new ArgumentNullException(nameof(options)));
        return resolution.HasErrors
            ? throw new ArgumentException("The severity configuration names rules the catalogue does not have: " + string.Join("; ", resolution.Diagnostics), nameof(options))
            : resolution;
    }

    /// <summary>Creates an analyzer from the default embedded catalogue.</summary>
    /// <returns>The analyzer.</returns>
    public static PartnershipAnalyzer CreateDefault() => new(RuleCatalogue.LoadDefault());

    /// <summary>Evaluates every rule against a partnership.</summary>
    /// <param name="partnership">The partnership.</param>
    /// <param name="cancellationToken">Cancels the evaluation; a cancelled evaluation throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The result.</returns>
    public AnalysisResult Analyze(Partnership partnership, CancellationToken cancellationToken = default) =>
        Analyze(new PartnershipCase(partnership), cancellationToken);

    /// <summary>Evaluates every rule against a partnership read from a case file, locating findings in that file.</summary>
    /// <param name="partnershipCase">The case.</param>
    /// <param name="cancellationToken">Cancels the evaluation; a cancelled evaluation throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The result.</returns>
    public AnalysisResult Analyze(PartnershipCase partnershipCase, CancellationToken cancellationToken = default)
    {
        if (partnershipCase is null)
        {
            throw new ArgumentNullException(nameof(partnershipCase));
        }

        return Run(partnershipCase, (subject, complete) => Results(partnershipCase, subject, complete), cancellationToken);
    }

    private AnalysisResult Results(PartnershipCase partnershipCase, EvaluationSubject subject, bool complete)
    {
        var dated = subject.Partnership.AssessedOn;
        var fromClock = !ReferenceEquals(subject.Partnership, partnershipCase.Partnership);

        // Severity is applied after evaluation: composite rules see every outcome, whatever is reported.
        var results = new List<RuleResult>(_rules.Count);
        for (var i = 0; i < _rules.Count; i++)
        {
            var rule = _rules[i];
            var result = subject.Outcomes.TryGetValue(rule.Descriptor.Id, out var outcome) ? outcome.Result : rule.NotFired;
            if (_severityOf[i] is { } severity)
            {
                if (!severity.IsReported)
                {
                    continue;
                }

                if (severity.Severity != result.Severity)
                {
                    result = result.WithSeverity(severity.Severity);
                }
            }

            results.Add(result);
        }

        if (partnershipCase.Suppressions.Count == 0 && _suppressions.Count == 0)
        {
            return new AnalysisResult(results, DiagnosticsOf(subject), complete && subject.Diagnostics.Count == 0, RuleSetHash, _maxFindings, dated, fromClock, null, subject.Partnership);
        }

        var suppressions = partnershipCase.Suppressions.Concat(_suppressions).ToList();
        var used = new HashSet<Suppression>();
        results = results.Select(r =>
        {
            if (r.Finding is not { } finding)
            {
                return r;
            }

            var reaches = suppressions.Select(s => (Suppression: s, Reach: s.Reach(finding))).Where(x => x.Reach != SuppressionReach.None).ToList();
            if (reaches.FirstOrDefault(x => x.Reach == SuppressionReach.Whole).Suppression is { } suppression)
            {
                used.Add(suppression);
                return r.WithFinding(finding.WithSuppression(suppression));
            }

            // A suppression for one record of several the finding concerns leaves it reported, with that part marked.
            var part = reaches.Select(x => x.Suppression).ToList();
            used.UnionWith(part);
            return part.Count == 0 ? r : r.WithFinding(finding.WithPartlySetAside(part));
        }).ToList();
        var unmatched = suppressions.Where(s => !used.Contains(s)).ToList();
        return new AnalysisResult(results, DiagnosticsOf(subject), complete && subject.Diagnostics.Count == 0, RuleSetHash, _maxFindings, dated, fromClock, unmatched, subject.Partnership);
    }

    /// <summary>
    /// Evaluates a batch, streaming: results come back in input order while later partnerships are still being
    /// evaluated in parallel, with at most <see cref="BatchEvaluationOptions.MaxInFlight"/> held in memory at once.
    /// </summary>
    /// <param name="cases">The cases; read lazily, once.</param>
    /// <param name="options">Degree of parallelism and in-flight bound (default: one per core).</param>
    /// <param name="cancellationToken">Stops the batch; evaluations already started finish before the enumeration ends.</param>
    /// <returns>One result per case, in order.</returns>
    public IEnumerable<AnalysisResult> AnalyzeMany(IEnumerable<PartnershipCase> cases, BatchEvaluationOptions? options = null, CancellationToken cancellationToken = default) =>
        BatchEvaluator.Run(cases ?? throw new ArgumentNullException(nameof(cases)), Analyze, options ?? BatchEvaluationOptions.Default, cancellationToken);

    /// <summary>Evaluates an asynchronous stream of cases, streaming results in input order (see <see cref="AnalyzeMany"/>).</summary>
    /// <param name="cases">The cases; read lazily, once.</param>
    /// <param name="options">Degree of parallelism and in-flight bound (default: one per core).</param>
    /// <param name="cancellationToken">Stops the batch.</param>
    /// <returns>One result per case, in order.</returns>
    public IAsyncEnumerable<AnalysisResult> AnalyzeManyAsync(IAsyncEnumerable<PartnershipCase> cases, BatchEvaluationOptions? options = null, CancellationToken cancellationToken = default) =>
        BatchEvaluator.RunAsync(cases ?? throw new ArgumentNullException(nameof(cases)), Analyze, options ?? BatchEvaluationOptions.Default, cancellationToken);

    /// <summary>
    /// What would change if some facts were otherwise: the case is evaluated as recorded and with the facts set, and the
    /// second result is reviewed against the first. The case itself is not changed. Costs two evaluations.
    /// </summary>
    /// <param name="partnershipCase">The case as recorded.</param>
    /// <param name="changes">The facts to set (<see cref="FactChange"/>), applied in order.</param>
    /// <param name="cancellationToken">Cancels the evaluations.</param>
    /// <returns>Both results and what differs.</returns>
    /// <exception cref="ArgumentException">A change names no fact or record, or gives a value the fact does not take.</exception>
    public Reviews.WhatIf WhatIf(PartnershipCase partnershipCase, IReadOnlyList<FactChange> changes, CancellationToken cancellationToken = default)
    {
        if (partnershipCase is null)
        {
            throw new ArgumentNullException(nameof(partnershipCase));
        }

        if (changes is null)
        {
            throw new ArgumentNullException(nameof(changes));
        }

        var partnership = partnershipCase.Partnership;
        foreach (var change in changes)
        {
            partnership = change.ApplyTo(partnership);
        }

        var asRecorded = Analyze(partnershipCase, cancellationToken);
        var wouldBe = Analyze(new PartnershipCase(partnership, partnershipCase.SourceMap, partnershipCase.Suppressions), cancellationToken);
        var review = Reviews.Review.Compare(Reviews.PreviousAssessment.Of("as recorded", asRecorded, Assess(asRecorded)), wouldBe, Assess(wouldBe));
        return new Reviews.WhatIf(changes, asRecorded, wouldBe, review);
    }

    /// <summary>
    /// Explains one rule's outcome on a partnership: every node of its precondition and condition with the fact read,
    /// the value found and the conclusion. Evaluates the whole catalogue first (composite rules read other rules'
    /// outcomes), so it costs one evaluation; call it on demand, not for every partnership.
    /// </summary>
    /// <param name="partnershipCase">The case.</param>
    /// <param name="ruleId">The rule to explain.</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentException">No rule with that id runs in this analyzer.</exception>
    public Explanation Explain(PartnershipCase partnershipCase, string ruleId, CancellationToken cancellationToken = default)
    {
        if (partnershipCase is null)
        {
            throw new ArgumentNullException(nameof(partnershipCase));
        }

        var rule = _rules.FirstOrDefault(r => r.Descriptor.Id == ruleId)
            ?? throw new ArgumentException($"No rule '{ruleId}' runs in this analyzer.", nameof(ruleId));
        return Run(
            partnershipCase,
            (subject, _) =>
        {
            var (applies, condition) = rule.Trace(subject.Partnership, subject.Outcomes);
            var result = subject.Outcomes.TryGetValue(ruleId, out var outcome) ? outcome.Result : RuleResult.Quiet(rule.Descriptor, Outcome.NotFired);
            return new Explanation(result, applies is null ? null : ExplanationBuilder.Build(applies), ExplanationBuilder.Build(condition));
        },
            cancellationToken);
    }

    /// <summary>Evaluates a case in this thread's session and reads what it needs from the subject before the session is reused.</summary>
    private T Run<T>(PartnershipCase partnershipCase, Func<EvaluationSubject, bool, T> read, CancellationToken cancellationToken)
    {
        var partnership = partnershipCase.Partnership;
        if (_today is not null && partnership.AssessedOn.State == FactState.NotRecorded)
        {
            partnership = partnership.DatedOn(_today());
        }

        // Take this thread's session out of its slot while in use, so a nested call gets a fresh one; it goes back only
        // after a clean, complete evaluation, once the caller has read the subject.
        var lease = _sessions.Value ?? NewSession();
        _sessions.Value = null;
        var reusable = false;
        try
        {
            // The budget starts before NRules evaluates the conditions, so slow conditions count against it too.
            lease.Present(partnership, partnershipCase.SourceMap, _timeout is { } timeout ? EvaluationSubject.DeadlineAfter(timeout) : 0);
            var complete = Fire(lease.Session, lease.Subject, cancellationToken);
            reusable = complete && lease.Subject.Diagnostics.Count == 0;
            return read(lease.Subject, complete);
        }
        finally
        {
            if (reusable)
            {
                _sessions.Value = lease;
            }
        }
    }

    private ReusableSession NewSession()
    {
        var lease = new ReusableSession(_factory.CreateSession());
        lease.Session.Events.LhsExpressionFailedEvent += (_, e) => Contain(e, e.Rules.Select(r => r.Name), DiagnosticDescriptors.ConditionFailed, lease.Subject);
        lease.Session.Events.RhsExpressionFailedEvent += (_, e) => Contain(e, new[] { e.Match.Rule.Name }, DiagnosticDescriptors.ActionFailed, lease.Subject);
        return lease;
    }

    private bool Fire(ISession session, EvaluationSubject subject, CancellationToken cancellationToken)
    {

        // Every rule fires at most once per partnership; the budget only stops a runaway chain.
        var budget = (_rules.Count * 2) + 16;

        // NRules stops firing when its token is cancelled, without throwing: what is left on the agenda decides
        // whether the result is complete. The host's time budget gives an incomplete result; the caller's own token
        // throws, as .NET cancellation does, so a cancelled evaluation never returns a result that looks complete.
        // The budget is checked by a timer and, so that it holds however coarse the timer is, before every rule's
        // action (see EvaluationSubject.CheckTimeBudget): an evaluation stops at the first rule past its budget.
        using var timer = _timeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timer is not null)
        {
            timer.CancelAfter(_timeout!.Value);
            subject.StartTimeBudget(timer);
            subject.CheckTimeBudget();
        }

        cancellationToken.ThrowIfCancellationRequested();
        var fired = session.Fire(budget, timer?.Token ?? cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var complete = session.Agenda.IsEmpty;
        if (!complete && timer is { IsCancellationRequested: true })
        {
            subject.Diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.EvaluationTimedOut, null, (long)_timeout!.Value.TotalMilliseconds));
        }
        else if (!complete && fired >= budget)
        {
            subject.Diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.FiringBudgetExceeded, null, budget));
        }

        return complete;
    }

    // The subject's list is the session's and is cleared by its next evaluation: a result keeps its own.
    private static IReadOnlyList<Diagnostic> DiagnosticsOf(EvaluationSubject subject) =>
        subject.Diagnostics.Count == 0 ? Array.Empty<Diagnostic>() : subject.Diagnostics.ToArray();

    private static string HashOf(RuleCatalogue catalogue, IReadOnlyList<EffectiveSeverity> severities)
    {
        var text = new System.Text.StringBuilder(catalogue.ContentHash).Append('\n');
        foreach (var severity in severities)
        {
            text.Append(severity.Rule.Id).Append('=').Append(severity.Severity).Append('\n');
        }

        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes(text.ToString()));
        return ContentHash.Finish(sha);
    }

    private static void Contain(IRecoverableError error, IEnumerable<string> rules, DiagnosticDescriptor descriptor, EvaluationSubject subject)
    {
        // One rule's failure is reported, not thrown: the other rules still run.
        error.IsHandled = true;
        var partnership = subject.Partnership.Name ?? subject.Partnership.Id;
        var fact = partnership is null ? "(unnamed)" : "'" + partnership + "'";
        var location = subject.SourceMap?.Find(string.Empty);
        foreach (var rule in rules)
        {
            subject.Diagnostics.Add(Diagnostic.Create(descriptor, location, rule, fact, error.Exception?.GetBaseException().Message ?? "unknown error"));
        }
    }
}
