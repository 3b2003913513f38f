using System.Text;
using CsCheck;
using PartnershipRules.Facts;
using PartnershipRules.Fuzz;

namespace PartnershipRules.Tests.Properties;

/// <summary>
/// Random mutations of valid files (a key deleted, a value of the wrong type, random bytes, a truncation, a splice,
/// deep nesting...; see <see cref="Mutator"/>) never make a loader throw: the file loads, or every error names the file
/// with a line and column. A case that loads is evaluated and written in every format; a configuration that loads is
/// resolved against the catalogue. The mutation is driven by a list of choices CsCheck generates, so a failure
/// shrinks to the fewest and smallest choices that still break.
/// </summary>
public class LoaderProperties
{
    private static readonly string Rules = Path.Combine(AppContext.BaseDirectory, "rules");

    private static readonly Lazy<Targets> Shared = new(() => new Targets());

    private static readonly byte[][] RuleSeeds = Directory.GetFiles(Rules, "*.yaml").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();

    private static readonly byte[][] CaseSeeds = Directory.GetFiles(Path.Combine(Rules, "examples"), "*.yaml")
        .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "cases"), "*.yaml"))
        .OrderBy(f => f, StringComparer.Ordinal)
        .Select(File.ReadAllBytes)
        .Append(Encoding.UTF8.GetBytes("{\"partnership\": {\"name\": \"P\", \"level\": \"strategic\", \"alternativesConsidered\": false, \"partners\": [{\"name\": \"Council\", \"sector\": \"public\", \"role\": \"lead\"}, {\"name\": \"Tenants\", \"sector\": \"community\"}]}, \"suppressions\": [{\"rule\": \"PR4002\", \"justification\": \"Agreed.\"}]}"))
        .ToArray();

    private static readonly byte[][] ConfigurationSeeds = new[]
    {
        "severity:\n  categories:\n    barriers: suggestion\n  rules:\n    PR3002: none\n    PR4007: error\nparameters:\n  PR4007.minimumBarriers: 5\n",
        "parameters:\n  PR5023.maximumGroupsInvolved: 2\n  PR5039.reviewIntervalMonths: 24\nsuppressions:\n  - rule: PR4002\n    path: partners[1]\n    justification: Restructuring ends in December.\n",
        "{\"severity\": {\"categories\": {\"avoid_collaboration\": \"warning\"}, \"rules\": {\"PR4001\": \"silent\"}}}",
    }.Select(Encoding.UTF8.GetBytes).ToArray();

    [Fact]
    public void A_mutated_rule_file_loads_or_is_refused_with_located_diagnostics() =>
        Check(RuleSeeds, Targets.Rules, iterations: 50);

    [Fact]
    public void A_mutated_case_file_loads_and_evaluates_or_is_refused_with_located_diagnostics() =>
        Check(CaseSeeds, input => Shared.Value.Cases(input), iterations: 150);

    [Fact]
    public void A_mutated_configuration_file_loads_and_resolves_or_is_refused_with_located_diagnostics() =>
        Check(ConfigurationSeeds, input => Shared.Value.Config(input), iterations: 300);

    private static void Check(byte[][] seeds, Func<byte[], TargetResult> target, int iterations)
    {
        var mutator = new Mutator(seeds, seeds.SelectMany(Mutator.Harvest));
        var mutations = Gen.Select(Gen.Int[0, seeds.Length - 1], Gen.UInt.Array[1, 32]);
        mutations.Sample(
            (seed, choices) =>
            {
                var input = mutator.Mutate(seeds[seed], new ListChoices(choices));
                var result = target(input);
                Assert.True(result.Problem is null, result.Problem);
            },
            iter: iterations,
            print: m => $"seed file {m.Item1}, choices [{string.Join(", ", m.Item2)}]: {Preview(mutator.Mutate(seeds[m.Item1], new ListChoices(m.Item2)))}");
    }

    private static string Preview(byte[] input) =>
        input.Length + " bytes: " + Encoding.UTF8.GetString(input, 0, Math.Min(input.Length, 400)).Replace("\n", "\\n", StringComparison.Ordinal);
}
