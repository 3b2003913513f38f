using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;

namespace PartnershipRules.RuleLanguage;

/// <summary>
/// One YAML file of rules, bibliography entries or criteria, by name and content. Files are classified by their top
/// level key: <c>rules</c>, <c>works</c> or <c>criteria</c>.
/// </summary>
public sealed class RuleSource
{
    /// <summary>The layer name of the embedded catalogue.</summary>
    public const string DefaultLayer = "default";

    private readonly Func<DocumentLimits, byte[]?> _read;

    /// <param name="name">The name used in diagnostics.</param>
    /// <param name="read">Reads the content, at most the limits' file size plus one byte; <see langword="null"/> when there is more.</param>
    /// <param name="layer">The layer; the name when not given.</param>
    private RuleSource(string name, Func<DocumentLimits, byte[]?> read, string? layer = null)
    {
        Name = name;
        _read = read;
        Layer = layer ?? name;
    }

    /// <summary>The name used in diagnostics (a file path as given, or a logical name).</summary>
    public string Name { get; }

    /// <summary>
    /// The layer the file belongs to, reported with every rule it defines and every setting it overrides:
    /// <c>default</c> for the embedded catalogue, the directory for <see cref="FromDirectory"/>, else the file's name.
    /// </summary>
    public string Layer { get; }

    /// <summary>The same file, reported as part of the named layer.</summary>
    /// <param name="layer">The layer's name, e.g. <c>site</c>.</param>
    /// <returns>The source.</returns>
    public RuleSource InLayer(string layer)
    {
        if (string.IsNullOrWhiteSpace(layer))
        {
            throw new ArgumentException("A layer needs a name.", nameof(layer));
        }

        return new RuleSource(Name, _read, layer);
    }

    /// <summary>
    /// A file on disk. It is read when the catalogue loads, never beyond the size limit: a file that is larger (or a
    /// device or pipe that does not end) is refused with PR0002 after reading one byte more than the limit.
    /// </summary>
    /// <param name="path">The path, as it should appear in diagnostics.</param>
    /// <returns>The source.</returns>
    public static RuleSource FromFile(string path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        return new RuleSource(path, limits => SpecialFiles.ReadAtMost(path, limits.EffectiveMaxFileBytes));
    }

    /// <summary>UTF-8 YAML held in memory as bytes (e.g. received over a network), checked as a file would be.</summary>
    /// <param name="name">The name to use in diagnostics.</param>
    /// <param name="utf8">The bytes; they are copied.</param>
    /// <returns>The source.</returns>
    public static RuleSource FromBytes(string name, byte[] utf8)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (utf8 is null)
        {
            throw new ArgumentNullException(nameof(utf8));
        }

        var bytes = (byte[])utf8.Clone();
        return new RuleSource(name, _ => bytes);
    }

    /// <summary>
    /// YAML from a stream the host opens on demand (e.g. an embedded resource of its own, or a database blob): the
    /// stream is opened each time the catalogue loads, read at most one byte past the size limit (so a huge stream is
    /// refused, not buffered), and disposed.
    /// </summary>
    /// <param name="name">The name to use in diagnostics.</param>
    /// <param name="open">Opens the stream.</param>
    /// <returns>The source.</returns>
    public static RuleSource FromStream(string name, Func<Stream> open)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (open is null)
        {
            throw new ArgumentNullException(nameof(open));
        }

        return new RuleSource(name, limits =>
        {
            using var stream = open() ?? throw new IOException($"The stream for '{name}' could not be opened.");
            return DocumentReader.ReadAtMost(stream, limits.EffectiveMaxFileBytes);
        });
    }

    /// <summary>YAML text held in memory.</summary>
    /// <param name="name">The name to use in diagnostics.</param>
    /// <param name="yaml">The YAML text.</param>
    /// <returns>The source.</returns>
    public static RuleSource FromText(string name, string yaml)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (yaml is null)
        {
            throw new ArgumentNullException(nameof(yaml));
        }

        var bytes = Encoding.UTF8.GetBytes(yaml);
        return new RuleSource(name, _ => bytes);
    }

    /// <summary>
    /// Every <c>.yaml</c>/<c>.yml</c> file below a directory, in ordinal order of their paths. Subdirectories named
    /// <c>examples</c> and <c>tests</c> hold case files and rule tests, not rules, and are skipped.
    /// </summary>
    /// <param name="directory">The directory.</param>
    /// <returns>The sources.</returns>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static IReadOnlyList<RuleSource> FromDirectory(string directory)
    {
        if (directory is null)
        {
            throw new ArgumentNullException(nameof(directory));
        }

        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The rules directory '{directory}' does not exist.");
        }

        return RuleFiles(directory)
            .Where(IsYamlFile)
            .Where(f => !IsSkipped(f.Substring(directory.Length).TrimStart(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => FromFile(f).InLayer(directory))
            .ToList();
    }

    /// <summary>Whether a path names a YAML file (<c>.yaml</c> or <c>.yml</c>), the files a rules directory is read from.</summary>
    internal static bool IsYamlFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The files under a directory, each folder visited once: a symbolic link back up the tree (a loop) or to a folder
    /// already read is not followed again, and entries whose names start with ".." are skipped, which is how the
    /// configuration volumes of container platforms keep their real files (<c>..data</c> and a timestamped
    /// <c>..2026_...</c> folder behind the links at the top), so each rule is read once, through its link.
    /// </summary>
    private static IEnumerable<string> RuleFiles(string directory)
    {
        // Paths are built from the directory as given (relative or not), so sources are named as the user wrote it
        // and the skipped folders (examples, tests) are recognised by their path below it.
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(DirectoryInfo Folder, string Path)>();
        pending.Push((new DirectoryInfo(directory), directory));
        while (pending.Count > 0)
        {
            var (folder, path) = pending.Pop();
            if (!visited.Add(RealPath(folder)))
            {
                continue;
            }

            foreach (var entry in folder.EnumerateFileSystemInfos())
            {
                if (entry.Name.StartsWith("..", StringComparison.Ordinal))
                {
                    continue;
                }

                var entryPath = Path.Combine(path, entry.Name);
                if (entry is not DirectoryInfo child)
                {
                    yield return entryPath;
                }
                else if (Followable(child))
                {
                    pending.Push((child, entryPath));
                }
            }
        }
    }

    private static string RealPath(DirectoryInfo folder)
    {
#if NET8_0_OR_GREATER
        try
        {
            return (folder.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? folder.FullName).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        }
        catch (IOException)
        {
            // A link that cannot be resolved (a loop of links): its own path, visited once.
            return folder.FullName;
        }
#else
        return folder.FullName.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
#endif
    }

    // .NET Standard 2.0 cannot resolve links, so a linked folder is not followed there at all: no loop is possible.
    private static bool Followable(DirectoryInfo folder) =>
#if NET8_0_OR_GREATER
        true;
#else
        !folder.Attributes.HasFlag(FileAttributes.ReparsePoint);
#endif

    /// <summary>The default catalogue embedded in this assembly.</summary>
    /// <returns>The sources.</returns>
    public static IReadOnlyList<RuleSource> DefaultCatalogue()
    {
        var assembly = typeof(RuleSource).Assembly;
        const string Prefix = "PartnershipRules.Catalogue/";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => new RuleSource("rules/" + n.Substring(Prefix.Length).Replace('\\', '/'), _ => ReadResource(n), DefaultLayer))
            .ToList();
    }

    /// <summary>
    /// Reads and parses the source within the given limits (rule-file limits by default; test files hold many cases,
    /// so they share them). A file that cannot be read becomes a PR0001 diagnostic rather than an exception, one over
    /// the size limit PR0002.
    /// </summary>
    internal DocumentReadResult ReadDocument(System.Security.Cryptography.IncrementalHash? hash = null, DocumentLimits? limits = null)
    {
        limits ??= DocumentLimits.RuleFiles;
        var start = new SourceLocation(Name, 1, 1);
        byte[]? bytes;
        try
        {
            bytes = _read(limits);
        }
        catch (Exception ex) when (DocumentReader.IsReadFailure(ex))
        {
            return DocumentReadResult.Failed(Diagnostic.Create(DiagnosticDescriptors.FileUnreadable, start, ex.Message));
        }

        if (bytes is null)
        {
            return DocumentReadResult.Failed(Diagnostic.Create(DiagnosticDescriptors.FileTooLarge, start, "more than " + limits.EffectiveMaxFileBytes.ToString("N0", CultureInfo.InvariantCulture), limits.EffectiveMaxFileBytes));
        }

        hash?.AppendData(bytes);
        return DocumentReader.Read(Name, bytes, limits);
    }

    private static bool IsSkipped(string relative)
    {
        var first = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[0];
        return relative.IndexOfAny(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }) >= 0
            && (string.Equals(first, "examples", StringComparison.OrdinalIgnoreCase) || string.Equals(first, "tests", StringComparison.OrdinalIgnoreCase));
    }

    private static byte[] ReadResource(string name)
    {
        using var stream = typeof(RuleSource).Assembly.GetManifestResourceStream(name)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
