using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using YamlDotNet.Serialization;

namespace PartnershipRules.Fuzz;

/// <summary>
/// The valid files each target's mutations start from, taken from the repository: the rule files, bibliography and
/// criteria for <c>rules</c>; the example cases, the test fixtures and every partnership in the rule tests (each as
/// YAML and as JSON) for <c>cases</c>; configuration files in the README's shapes for <c>config</c>. Files in the
/// regression folder are added to every target.
/// </summary>
public static class SeedCorpus
{
    public static string FindRepository(string? given)
    {
        if (given is not null)
        {
            return Path.GetFullPath(given);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "PartnershipRules.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("Cannot find the repository (PartnershipRules.sln) above the current folder; pass --repo DIR.");
    }

    public static List<byte[]> For(string target, string repository, IEnumerable<string> extraDirectories)
    {
        var rules = Path.Combine(repository, "rules");
        var seeds = target switch
        {
            "rules" => Directory.GetFiles(rules, "*.yaml").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllBytes).ToList(),
            "cases" => Cases(repository, rules),
            _ => Configurations().Select(Encoding.UTF8.GetBytes).ToList(),
        };

        foreach (var directory in extraDirectories.Where(Directory.Exists))
        {
            seeds.AddRange(Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
                .Where(f => IsFor(target, f))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(File.ReadAllBytes));
        }

        return seeds;
    }

    /// <summary>Regression files are named by target (<c>rules-*</c>, <c>cases-*</c>, <c>config-*</c>); others go to every target.</summary>
    private static bool IsFor(string target, string path)
    {
        var name = Path.GetFileName(path);
        var prefix = Targets.All.FirstOrDefault(t => name.StartsWith(t + "-", StringComparison.Ordinal));
        return !name.EndsWith(".txt", StringComparison.Ordinal) && !name.EndsWith(".md", StringComparison.Ordinal) && (prefix is null || prefix == target);
    }

    private static List<byte[]> Cases(string repository, string rules)
    {
        var files = Directory.GetFiles(Path.Combine(rules, "examples"), "*.yaml")
            .Concat(Directory.Exists(Path.Combine(repository, "tests", "PartnershipRules.Tests", "Fixtures", "cases"))
                ? Directory.GetFiles(Path.Combine(repository, "tests", "PartnershipRules.Tests", "Fixtures", "cases"), "*.yaml")
                : Array.Empty<string>())
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var seeds = files.Select(File.ReadAllBytes).ToList();

        // Every partnership of the rule tests is a small, valid case that makes some rule fire, not fire or lack
        // information: hundreds of seeds that reach every rule.
        var yaml = new DeserializerBuilder().Build();
        var writer = new SerializerBuilder().Build();
        var documents = files.Select(f => yaml.Deserialize<object>(File.ReadAllText(f))).ToList();
        foreach (var testFile in Directory.GetFiles(Path.Combine(rules, "tests"), "*.yaml").OrderBy(f => f, StringComparer.Ordinal))
        {
            if (yaml.Deserialize<Dictionary<object, object>>(File.ReadAllText(testFile)) is { } root && root.TryGetValue("tests", out var tests) && tests is List<object> list)
            {
                foreach (var test in list.OfType<Dictionary<object, object>>())
                {
                    if (test.TryGetValue("partnership", out var partnership))
                    {
                        var document = new Dictionary<object, object> { ["partnership"] = partnership };
                        seeds.Add(Encoding.UTF8.GetBytes(writer.Serialize(document)));
                        documents.Add(document);
                    }
                }
            }
        }

        // The same cases as JSON, which the case reader takes too; every fourth, to keep the corpus balanced.
        seeds.AddRange(documents.Where((_, i) => i % 4 == 0).Select(d => JsonSerializer.SerializeToUtf8Bytes(ToJson(d))));
        return seeds;
    }

    /// <summary>YamlDotNet's untyped tree, made serialisable as JSON (string keys; scalars stay text, as in YAML).</summary>
    private static object? ToJson(object? node) => node switch
    {
        Dictionary<object, object> map => map.ToDictionary(e => e.Key.ToString()!, e => ToJson(e.Value)),
        List<object> list => list.Select(ToJson).ToList(),
        string text when text is "true" or "false" => text == "true",
        string text when double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) && !text.Contains('-', StringComparison.Ordinal) => number,
        _ => node,
    };

    private static IEnumerable<string> Configurations()
    {
        yield return "severity:\n  categories:\n    barriers: suggestion\n  rules:\n    PR3002: none\n    PR4007: error\nparameters:\n  PR4007.minimumBarriers: 5\n";
        yield return "severity:\n  categories:\n    avoid_collaboration: warning\n    power_and_representation: silent\n";
        yield return "severity:\n  rules:\n    PR4001: silent\n    PR5011: suggestion\n    PR8001: warning\n";
        yield return "parameters:\n  PR5023.maximumGroupsInvolved: 2\n  PR5039.reviewIntervalMonths: 24\n  PR8101.minimumDisconnected: 3\n";
        yield return "suppressions:\n  - rule: PR4002\n    path: partners[1]\n    justification: The health board's restructuring ends in December; a handover plan is agreed.\n  - rule: PR3001\n    justification: Aligned in 2025.\n";
        yield return "{\"severity\": {\"categories\": {\"barriers\": \"warning\"}, \"rules\": {\"PR3002\": \"error\"}}, \"parameters\": {\"PR4007.minimumBarriers\": 3}}\n";
    }
}
