// A deliberate violation for ArchitectureTests: a lower layer that uses an upper one. Nothing else uses these types.
namespace PartnershipRules.Tests.Architecture.Fixture.Upper
{
    internal static class Service
    {
        public static int Answer() => 42;
    }
}

namespace PartnershipRules.Tests.Architecture.Fixture.Lower
{
    internal static class BackReference
    {
        public static int Ask() => Upper.Service.Answer();
    }

    internal static class Innocent
    {
        public static int Answer() => 41;
    }
}
