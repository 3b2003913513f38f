using System;
using System.Globalization;

namespace PartnershipRules.Diagnostics;

/// <summary>A place in a file: the file's path and a 1-based line and column.</summary>
public sealed class SourceLocation : IEquatable<SourceLocation>
{
    /// <summary>Creates a location.</summary>
    /// <param name="filePath">The file as the user named it (kept as given, so messages match what they typed).</param>
    /// <param name="line">1-based line.</param>
    /// <param name="column">1-based column.</param>
    public SourceLocation(string filePath, int line, int column)
    {
        FilePath = filePath ?? throw new ArgumentNullException(nameof(filePath));
        Line = line;
        Column = column;
    }

    /// <summary>The file as the user named it.</summary>
    public string FilePath { get; }

    /// <summary>1-based line.</summary>
    public int Line { get; }

    /// <summary>1-based column.</summary>
    public int Column { get; }

    /// <summary>The location in the form compilers print: <c>file(line,column)</c>.</summary>
    /// <returns>The formatted location.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", FilePath, Line, Column);

    /// <inheritdoc />
    public bool Equals(SourceLocation? other) =>
        other is not null && string.Equals(FilePath, other.FilePath, StringComparison.Ordinal) && Line == other.Line && Column == other.Column;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SourceLocation);

    /// <inheritdoc />
    public override int GetHashCode() => (StringComparer.Ordinal.GetHashCode(FilePath) * 397) ^ (Line * 31) ^ Column;
}
