namespace PartnershipRules.Tests;

/// <summary>
/// The repository's own files (not the copies in the test output), for tests that keep generated files current.
/// A generated file is rewritten only when the named environment variable is 1; otherwise a stale one fails.
/// </summary>
internal static class RepoFiles
{
    /// <summary>The repository root: tests run from tests/PartnershipRules.Tests/bin/CONFIG/TFM/.</summary>
    public static readonly string Root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));

    public static readonly string Rules = Path.Combine(Root, "rules");

    /// <summary>Asserts that a committed generated file equals <paramref name="generated"/>, rewriting it first when asked to.</summary>
    public static void AssertCurrent(string path, string generated, string updateVariable)
    {
        if (Environment.GetEnvironmentVariable(updateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
        }

        var name = Path.GetRelativePath(Root, path).Replace('\\', '/');
        Assert.True(File.Exists(path), $"{name} is missing; run the tests with {updateVariable}=1 to write it, and commit it.");
        Assert.True(File.ReadAllText(path).Replace("\r\n", "\n") == generated, $"{name} is out of date; run the tests with {updateVariable}=1 and commit the result.");
    }
}
