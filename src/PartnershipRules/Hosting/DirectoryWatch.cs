using System;
using System.IO;

namespace PartnershipRules.Hosting;

/// <summary>
/// Watches a rules directory for changes to its YAML files, and keeps watching when the directory itself is deleted
/// and created again (a deployment that replaces the folder, a volume remounted): a plain file system watcher stops
/// for good once its directory is gone. The parent directory is watched for the directory's name, and the directory's
/// own watcher is made again whenever the directory appears; each such event counts as a change.
/// </summary>
internal sealed class DirectoryWatch : IDisposable
{
    private readonly string _directory;
    private readonly Action _changed;
    private readonly FileSystemWatcher? _parent;
    private readonly object _gate = new();
    private FileSystemWatcher? _inner;
    private bool _disposed;

    public DirectoryWatch(string directory, Action changed)
    {
        _directory = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        _changed = changed;
        if (Path.GetDirectoryName(_directory) is { } parent && Directory.Exists(parent))
        {
            _parent = new FileSystemWatcher(parent, Path.GetFileName(_directory))
            {
                IncludeSubdirectories = false,
                NotifyFilter = NotifyFilters.DirectoryName,
            };
            _parent.Created += (_, _) => Rearm();
            _parent.Deleted += (_, _) => Rearm();
            _parent.Renamed += (_, _) => Rearm();
            _parent.EnableRaisingEvents = true;
        }

        Arm();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _inner?.Dispose();
            _inner = null;
        }

        _parent?.Dispose();
    }

    // The directory came or went: its old watcher (if any) watches nothing any more.
    private void Rearm()
    {
        Arm();
        _changed();
    }

    private void Arm()
    {
        lock (_gate)
        {
            _inner?.Dispose();
            _inner = null;
            if (_disposed || !Directory.Exists(_directory))
            {
                return;
            }

            try
            {
                var watcher = new FileSystemWatcher(_directory)
                {
                    IncludeSubdirectories = true,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
                };
                watcher.Changed += OnChange;
                watcher.Created += OnChange;
                watcher.Deleted += OnChange;
                watcher.Renamed += OnChange;
                watcher.Error += (_, _) => Rearm();
                watcher.EnableRaisingEvents = true;
                _inner = watcher;
            }
            catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
            {
                // Gone again between the check and the watch: the parent's watcher says when it is back.
            }
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        if (RuleLanguage.RuleSource.IsYamlFile(e.FullPath))
        {
            _changed();
        }
    }
}
