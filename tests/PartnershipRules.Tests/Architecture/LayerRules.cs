using System.Reflection;
using NetArchTest.Rules;

namespace PartnershipRules.Tests.Architecture;

/// <summary>
/// The layering rule, as a function over a compiled assembly: a type in one layer may use types of the layers before
/// it and of its own, never of a layer after it. Run on the library (no violations) and on a fixture with a deliberate
/// back reference (exactly that one), so the check is shown to catch what it is for.
/// </summary>
internal static class LayerRules
{
    /// <summary>The library's layers, in the order data flows through them.</summary>
    public static readonly IReadOnlyList<string> Library = new[]
    {
        "Diagnostics", "Documents", "Facts", "Model", "Assessment", "Reviews", "RuleLanguage", "Engine", "Cases", "Configuration", "RuleTesting", "Hosting", "Reporting",
    };

    /// <summary>Every type of a layer that depends on a later layer, as "Type -> later layer".</summary>
    public static IReadOnlyList<string> Violations(Assembly assembly, string root, IReadOnlyList<string> layers)
    {
        var violations = new List<string>();
        for (var i = 0; i < layers.Count - 1; i++)
        {
            for (var j = i + 1; j < layers.Count; j++)
            {
                var result = Types.InAssembly(assembly)
                    .That().ResideInNamespace(root + "." + layers[i])
                    .ShouldNot().HaveDependencyOn(root + "." + layers[j])
                    .GetResult();
                violations.AddRange((result.FailingTypeNames ?? Array.Empty<string>()).Select(t => t + " -> " + layers[j]));
            }
        }

        return violations;
    }

    /// <summary>Types under the root namespace that belong to no layer.</summary>
    public static IReadOnlyList<string> Unlayered(Assembly assembly, string root, IReadOnlyList<string> layers) =>
        assembly.GetTypes()
            .Where(t => t.Namespace is { } ns && (ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal)))
            .Where(t => !layers.Any(l => t.Namespace == root + "." + l || t.Namespace!.StartsWith(root + "." + l + ".", StringComparison.Ordinal)))
            .Select(t => t.FullName!)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();
}
