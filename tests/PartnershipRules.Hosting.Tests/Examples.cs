using PartnershipRules.Cases;
using PartnershipRules.Model;

namespace PartnershipRules.Hosting.Tests;

/// <summary>The repository's example cases, copied beside the tests.</summary>
internal static class Examples
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "examples", name);

    public static PartnershipCase Load(string name) => CaseFile.Load(Path(name)).Case!;
}
