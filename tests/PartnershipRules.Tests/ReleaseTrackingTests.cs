using System.Text.RegularExpressions;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Facts;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Tests;

/// <summary>
/// Rule ids are tracked like Roslyn's analyzer releases: rules/RuleReleases.Shipped.md holds published releases and
/// is only ever appended to; rules/RuleReleases.Unshipped.md holds changes since. The catalogue must match the two
/// files exactly, and an id once shipped is never used for another rule.
/// </summary>
public class ReleaseTrackingTests
{
    private static readonly string RepoRules = RepoFiles.Rules;

    private sealed record Entry(string File, int Line, string Section, string Release, string Id, string Category, string Severity);

    [Fact]
    public void Release_files_match_the_catalogue_and_never_reuse_an_id()
    {
        var entries = Read("RuleReleases.Shipped.md").Concat(Read("RuleReleases.Unshipped.md")).ToList();
        var problems = new List<string>();
        var active = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var everAdded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var at = $"{entry.File}:{entry.Line}";
            switch (entry.Section)
            {
                case "New Rules":
                    if (!everAdded.Add(entry.Id))
                    {
                        problems.Add($"{at}: {entry.Id} was already added in an earlier release; shipped ids are never reused.");
                    }

                    active[entry.Id] = entry;
                    break;
                case "Removed Rules":
                    if (!active.Remove(entry.Id))
                    {
                        problems.Add($"{at}: {entry.Id} is removed but was never added.");
                    }

                    break;
                case "Changed Rules":
                    if (!active.ContainsKey(entry.Id))
                    {
                        problems.Add($"{at}: {entry.Id} is changed but is not an active rule.");
                    }

                    active[entry.Id] = entry;
                    break;
            }
        }

        var catalogue = RuleCatalogue.LoadDefault();
        foreach (var rule in catalogue.Rules)
        {
            var category = Snake(rule.Category.ToString());
            var severity = Snake(rule.DefaultSeverity.ToString());
            if (!active.TryGetValue(rule.Id, out var entry))
            {
                problems.Add($"{rule.Id} is missing; add to RuleReleases.Unshipped.md under '### New Rules': {rule.Id} | {category} | {severity} | {rule.Title}");
            }
            else if (entry.Category != category || entry.Severity != severity)
            {
                problems.Add($"{entry.File}:{entry.Line}: {rule.Id} is tracked as {entry.Category}/{entry.Severity} but the rule is {category}/{severity}; record the change under '### Changed Rules'.");
            }
        }

        var ids = catalogue.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(active.Values.Where(e => !ids.Contains(e.Id)).Select(e => $"{e.File}:{e.Line}: {e.Id} has no rule; record its removal under '### Removed Rules'."));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static IEnumerable<Entry> Read(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoRules, name));
        var section = string.Empty;
        var release = "unshipped";
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("## Release ", StringComparison.Ordinal))
            {
                release = line.Substring("## Release ".Length);
            }
            else if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                section = line.Substring(4);
            }
            else if (Regex.IsMatch(line, "^[A-Z][A-Z0-9]*[0-9] *\\|"))
            {
                var cells = line.Split('|').Select(c => c.Trim()).ToArray();
                yield return new Entry(name, i + 1, section, release, cells[0], cells.ElementAtOrDefault(1) ?? string.Empty, cells.ElementAtOrDefault(2) ?? string.Empty);
            }
        }
    }

    private static string Snake(string pascal) => Spelling.SnakeCase(pascal);
}
