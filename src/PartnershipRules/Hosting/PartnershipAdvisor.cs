using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PartnershipRules.Cases;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Engine;
using PartnershipRules.Model;

namespace PartnershipRules.Hosting;

/// <summary>
/// Serves one analyzer to any number of threads and, when asked to watch, rebuilds it in the background when its
/// files change and swaps it in atomically. A rebuild that fails keeps the last good analyzer serving; its diagnostics
/// are in <see cref="LastBuild"/> and the <see cref="Reloaded"/> event. Evaluations in flight finish on the analyzer
/// they started with. Thread-safe; dispose to stop watching.
/// </summary>
public sealed class PartnershipAdvisor : IPartnershipAdvisor, IDisposable
{
    private readonly Func<CancellationToken, AnalyzerBuild> _build;
    private readonly DocumentLimits _caseFileLimits;
    private readonly TimeSpan _delay;
    private readonly List<DirectoryWatch> _watchers = new();
    private readonly SemaphoreSlim _reloading = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Timer _debounce;
    private PartnershipAnalyzer _serving;
    private AnalyzerBuild _lastBuild;
    private int _disposed;

    /// <summary>Builds the analyzer now (see <see cref="AnalyzerBuilder"/>) and, if the options say so, watches its files.</summary>
    /// <param name="options">What to load, how to evaluate, and whether to watch; a copy is kept.</param>
    /// <exception cref="AnalyzerBuildException">The first build failed: there is no analyzer to serve.</exception>
    public PartnershipAdvisor(PartnershipRulesOptions options)
        : this(Snapshot(options), options.Clone())
    {
    }

    /// <summary>Builds the analyzer now with the given function, which is called again on every reload.</summary>
    /// <param name="build">Builds an analyzer; should report problems rather than throw.</param>
    /// <param name="watchedDirectories">Directories whose YAML files trigger a rebuild when they change.</param>
    /// <param name="reloadDelay">Quiet time after the last change before rebuilding.</param>
    /// <exception cref="AnalyzerBuildException">The first build failed.</exception>
    public PartnershipAdvisor(Func<CancellationToken, AnalyzerBuild> build, IReadOnlyList<string> watchedDirectories, TimeSpan reloadDelay)
        : this(build, watchedDirectories, reloadDelay, DocumentLimits.CaseFiles)
    {
    }

    private PartnershipAdvisor(PartnershipRulesOptions snapshot, PartnershipRulesOptions settings)
        : this(
            ct => AnalyzerBuilder.Build(snapshot, ct),
            settings.WatchForChanges ? settings.WatchedDirectories : Array.Empty<string>(),
            settings.ReloadDelay,
            settings.EffectiveCaseFileLimits())
    {
    }

    private PartnershipAdvisor(Func<CancellationToken, AnalyzerBuild> build, IReadOnlyList<string> watchedDirectories, TimeSpan reloadDelay, DocumentLimits caseFileLimits)
    {
        _build = build ?? throw new ArgumentNullException(nameof(build));
        _caseFileLimits = caseFileLimits;
        _delay = reloadDelay < TimeSpan.Zero ? TimeSpan.Zero : reloadDelay;
        var first = SafeBuild(CancellationToken.None);
        if (first.Analyzer is null)
        {
            throw new AnalyzerBuildException(first.Diagnostics);
        }

        _serving = first.Analyzer;
        _lastBuild = first;
        _debounce = new Timer(_ => _ = ReloadInBackground(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var directory in watchedDirectories ?? Array.Empty<string>())
        {
            Watch(directory);
        }
    }

    /// <summary>Raised after every rebuild attempt, on a background thread.</summary>
    public event EventHandler<AnalyzerReloadedEventArgs>? Reloaded;

    /// <inheritdoc />
    public PartnershipAnalyzer Analyzer => Volatile.Read(ref _serving);

    /// <inheritdoc />
    public AnalyzerBuild LastBuild => Volatile.Read(ref _lastBuild);

    /// <summary>Whether files are being watched.</summary>
    public bool IsWatching => _watchers.Count > 0;

    /// <inheritdoc />
    public CaseLoadResult ReadCase(string name, Stream content) => CaseFile.Load(name, content, _caseFileLimits);

    /// <inheritdoc />
    public AnalysisResult Analyze(PartnershipCase partnershipCase, CancellationToken cancellationToken = default) =>
        Analyzer.Analyze(partnershipCase, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<AnalysisResult> AnalyzeManyAsync(IAsyncEnumerable<PartnershipCase> cases, BatchEvaluationOptions? options = null, CancellationToken cancellationToken = default) =>
        BatchEvaluator.RunAsync(cases ?? throw new ArgumentNullException(nameof(cases)), Analyze, options ?? BatchEvaluationOptions.Default, cancellationToken);

    /// <inheritdoc />
    public Assessment.PartnershipAssessment Assess(AnalysisResult result) => Analyzer.Assess(result);

    /// <inheritdoc />
    public Explanation Explain(PartnershipCase partnershipCase, string ruleId, CancellationToken cancellationToken = default) =>
        Analyzer.Explain(partnershipCase, ruleId, cancellationToken);

    /// <inheritdoc />
    public Reviews.WhatIf WhatIf(PartnershipCase partnershipCase, IReadOnlyList<Facts.FactChange> changes, CancellationToken cancellationToken = default) =>
        Analyzer.WhatIf(partnershipCase, changes, cancellationToken);

    /// <summary>Rebuilds the analyzer now (one rebuild at a time) and swaps it in if it builds without errors.</summary>
    /// <param name="cancellationToken">Cancels the rebuild.</param>
    /// <returns>The attempt.</returns>
    public async Task<AnalyzerBuild> ReloadAsync(CancellationToken cancellationToken = default)
    {
        await _reloading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var previous = Analyzer;
            var attempt = await Task.Run(() => SafeBuild(cancellationToken), cancellationToken).ConfigureAwait(false);
            if (attempt.Analyzer is { } analyzer)
            {
                // One reference write: a caller sees the old analyzer or the new one, never a mixture.
                Volatile.Write(ref _serving, analyzer);
            }

            Volatile.Write(ref _lastBuild, attempt);
            Reloaded?.Invoke(this, new AnalyzerReloadedEventArgs(attempt, Analyzer, previous.RuleSetHash));
            return attempt;
        }
        finally
        {
            _reloading.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _stopping.Cancel();
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _debounce.Dispose();
        _stopping.Dispose();
    }

    private static PartnershipRulesOptions Snapshot(PartnershipRulesOptions options) =>
        (options ?? throw new ArgumentNullException(nameof(options))).Clone();

    private AnalyzerBuild SafeBuild(CancellationToken cancellationToken)
    {
        try
        {
            return _build(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A host's builder that throws must not take the serving analyzer down with it.
            return AnalyzerBuild.Failure(new[] { Diagnostic.Create(DiagnosticDescriptors.AnalyzerBuildFailed, null, ex.GetBaseException().Message) }, DateTimeOffset.UtcNow);
        }
    }

    private void Watch(string directory) => _watchers.Add(new DirectoryWatch(directory, OnChange));

    private void OnChange()
    {
        if (Volatile.Read(ref _disposed) == 1)
        {
            return;
        }

        // Each change restarts the quiet period: one rebuild after an editor's burst of writes.
        try
        {
            _debounce.Change(_delay, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // Disposed while a change was being reported.
        }
    }

    private async Task ReloadInBackground()
    {
        try
        {
            await ReloadAsync(_stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Disposed while reloading.
        }
        catch (ObjectDisposedException)
        {
            // Disposed while reloading.
        }
    }
}
