using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PartnershipRules.Diagnostics;
using PartnershipRules.Engine;
using PartnershipRules.Model;

namespace PartnershipRules.Hosting;

/// <summary>
/// Serves one compiled rule set to any number of threads and, when asked to watch, rebuilds it in the background when
/// its files change and swaps it in atomically. A rebuild that fails keeps the last good rule set serving; its
/// diagnostics are in <see cref="LastLoad"/> and the <see cref="Reloaded"/> event. Evaluations in flight finish on the
/// rule set they started with. Thread-safe; dispose to stop watching.
/// </summary>
public sealed class PartnershipAdvisor : IPartnershipAdvisor, IDisposable
{
    private readonly Func<CancellationToken, RuleSetLoad> _load;
    private readonly TimeSpan _delay;
    private readonly List<FileSystemWatcher> _watchers = new();
    private readonly SemaphoreSlim _reloading = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Timer _debounce;
    private PartnershipAnalyzer _serving;
    private RuleSetLoad _lastLoad;
    private int _disposed;

    /// <summary>Builds the rule set now and, if the options say so, watches its files.</summary>
    /// <param name="options">What to load and whether to watch.</param>
    /// <exception cref="RuleSetLoadException">The first build failed: there is no rule set to serve.</exception>
    public PartnershipAdvisor(RuleSetOptions options)
        : this((options ?? throw new ArgumentNullException(nameof(options))).Load, options.WatchForChanges ? options.WatchedDirectories : Array.Empty<string>(), options.ReloadDelay)
    {
    }

    /// <summary>Builds the rule set now with the given function, which is called again on every reload.</summary>
    /// <param name="load">Builds a rule set; should report problems rather than throw.</param>
    /// <param name="watchedDirectories">Directories whose YAML files trigger a rebuild when they change.</param>
    /// <param name="reloadDelay">Quiet time after the last change before rebuilding.</param>
    /// <exception cref="RuleSetLoadException">The first build failed.</exception>
    public PartnershipAdvisor(Func<CancellationToken, RuleSetLoad> load, IReadOnlyList<string> watchedDirectories, TimeSpan reloadDelay)
    {
        _load = load ?? throw new ArgumentNullException(nameof(load));
        _delay = reloadDelay < TimeSpan.Zero ? TimeSpan.Zero : reloadDelay;
        var first = SafeLoad(CancellationToken.None);
        if (first.Analyzer is null)
        {
            throw new RuleSetLoadException(first.Diagnostics);
        }

        _serving = first.Analyzer;
        _lastLoad = first;
        _debounce = new Timer(_ => _ = ReloadInBackground(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var directory in watchedDirectories ?? Array.Empty<string>())
        {
            Watch(directory);
        }
    }

    /// <summary>Raised after every rebuild attempt, on a background thread.</summary>
    public event EventHandler<RuleSetReloadedEventArgs>? Reloaded;

    /// <inheritdoc />
    public PartnershipAnalyzer RuleSet => Volatile.Read(ref _serving);

    /// <inheritdoc />
    public RuleSetLoad LastLoad => Volatile.Read(ref _lastLoad);

    /// <summary>Whether files are being watched.</summary>
    public bool IsWatching => _watchers.Count > 0;

    /// <inheritdoc />
    public AnalysisResult Analyze(PartnershipCase partnershipCase, CancellationToken cancellationToken = default) =>
        RuleSet.Analyze(partnershipCase, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<AnalysisResult> AnalyzeManyAsync(IAsyncEnumerable<PartnershipCase> cases, BatchEvaluationOptions? options = null, CancellationToken cancellationToken = default) =>
        BatchEvaluator.RunAsync(cases ?? throw new ArgumentNullException(nameof(cases)), Analyze, options ?? BatchEvaluationOptions.Default, cancellationToken);

    /// <inheritdoc />
    public Explanation Explain(PartnershipCase partnershipCase, string ruleId, CancellationToken cancellationToken = default) =>
        RuleSet.Explain(partnershipCase, ruleId, cancellationToken);

    /// <summary>Rebuilds the rule set now (one rebuild at a time) and swaps it in if it loads without errors.</summary>
    /// <param name="cancellationToken">Cancels the rebuild.</param>
    /// <returns>The attempt.</returns>
    public async Task<RuleSetLoad> ReloadAsync(CancellationToken cancellationToken = default)
    {
        await _reloading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var previous = RuleSet;
            var attempt = await Task.Run(() => SafeLoad(cancellationToken), cancellationToken).ConfigureAwait(false);
            if (attempt.Analyzer is { } analyzer)
            {
                // One reference write: a caller sees the old rule set or the new one, never a mixture.
                Volatile.Write(ref _serving, analyzer);
            }

            Volatile.Write(ref _lastLoad, attempt);
            Reloaded?.Invoke(this, new RuleSetReloadedEventArgs(attempt, RuleSet, previous.RuleSetHash));
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

    private RuleSetLoad SafeLoad(CancellationToken cancellationToken)
    {
        try
        {
            return _load(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A host's loader that throws must not take the serving rule set down with it.
            return RuleSetLoad.Failure(new[] { DiagnosticDescriptors.RuleSetBuildFailed.Create(null, ex.GetBaseException().Message) }, DateTimeOffset.UtcNow);
        }
    }

    private void Watch(string directory)
    {
        var watcher = new FileSystemWatcher(Path.GetFullPath(directory))
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
        };
        watcher.Changed += OnChange;
        watcher.Created += OnChange;
        watcher.Deleted += OnChange;
        watcher.Renamed += OnChange;
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        if (Volatile.Read(ref _disposed) == 1 || !IsRuleFile(e.FullPath))
        {
            return;
        }

        // Each change restarts the quiet period: one rebuild after an editor's burst of writes.
        _debounce.Change(_delay, Timeout.InfiniteTimeSpan);
    }

    private static bool IsRuleFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

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
