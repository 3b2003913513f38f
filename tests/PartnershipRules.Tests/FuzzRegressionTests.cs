using PartnershipRules.Cases;
using PartnershipRules.Configuration;
using PartnershipRules.Facts;
using PartnershipRules.Fuzz;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Tests;

/// <summary>
/// Every input the fuzz harness ever crashed on (Fixtures/fuzz-regressions, named by target) is loaded by its target
/// again: nothing is thrown, and the target's promises hold (errors located in the file; what loads evaluates and
/// reports completely).
/// </summary>
public class FuzzRegressionTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "fuzz-regressions");

    private static readonly Lazy<Targets> Shared = new(() => new Targets());

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var name in Names())
        {
            data.Add(name);
        }

        return data;
    }

    private static IEnumerable<string> Names() =>
        Directory.GetFiles(Folder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal)!;

    [Theory]
    [MemberData(nameof(Files))]
    public void A_crash_found_once_stays_fixed(string name)
    {
        var target = Targets.All.Single(t => name.StartsWith(t + "-", StringComparison.Ordinal));
        var result = Shared.Value.Run(target, File.ReadAllBytes(Path.Combine(Folder, name)));
        Assert.Null(result.Problem);
    }

    [Fact]
    public void Each_crash_so_far_is_now_a_located_syntax_error()
    {
        foreach (var name in Names())
        {
            var bytes = File.ReadAllBytes(Path.Combine(Folder, name));
            var diagnostics = name.StartsWith("rules-", StringComparison.Ordinal)
                ? RuleCatalogue.Load(new[] { RuleSource.FromBytes(name, bytes) }).Diagnostics
                : name.StartsWith("cases-", StringComparison.Ordinal)
                    ? CaseFile.Load(name, new MemoryStream(bytes)).Diagnostics
                    : ConfigurationFile.Load(name, new MemoryStream(bytes)).Diagnostics;
            var error = Assert.Single(diagnostics, d => d.IsError);
            Assert.Equal("PR0004", error.Id);
            Assert.Equal(name, error.Location!.FilePath);
            Assert.True(error.Location.Line >= 1 && error.Location.Column >= 1);
        }
    }
}
