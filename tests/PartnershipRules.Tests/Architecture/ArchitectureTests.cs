using System.Reflection;
using PartnershipRules.Engine;

namespace PartnershipRules.Tests.Architecture;

/// <summary>Data flows one way through the library's layers, and the tool and the DI package are clients of its public API.</summary>
public class ArchitectureTests
{
    private static readonly Assembly Library = typeof(PartnershipAnalyzer).Assembly;

    [Fact]
    public void No_layer_uses_a_later_one()
    {
        var violations = LayerRules.Violations(Library, "PartnershipRules", LayerRules.Library);
        Assert.True(violations.Count == 0, "Back references:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Every_type_belongs_to_a_layer()
    {
        var unlayered = LayerRules.Unlayered(Library, "PartnershipRules", LayerRules.Library);
        Assert.True(unlayered.Count == 0, "Types outside every layer:\n" + string.Join("\n", unlayered));
    }

    [Fact]
    public void The_check_catches_a_deliberate_back_reference()
    {
        var fixture = typeof(ArchitectureTests).Assembly;
        var violations = LayerRules.Violations(fixture, "PartnershipRules.Tests.Architecture.Fixture", new[] { "Lower", "Upper" });
        Assert.Equal(new[] { "PartnershipRules.Tests.Architecture.Fixture.Lower.BackReference -> Upper" }, violations);
    }

    [Theory]
    [InlineData("partnership-rules")]
    [InlineData("PartnershipRules.DependencyInjection")]
    public void Front_doors_see_only_the_public_api(string client) =>
        Assert.DoesNotContain(
            Library.GetCustomAttributes<System.Runtime.CompilerServices.InternalsVisibleToAttribute>(),
            a => a.AssemblyName.Split(',')[0].Trim() == client);
}
