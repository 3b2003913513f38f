using System;

namespace PartnershipRules.Benchmarks;

/// <summary>Whether this is a short (CI smoke) run; set by the program and inherited by benchmark processes.</summary>
public static class Modes
{
    /// <summary>The environment variable that marks a short run.</summary>
    public const string ShortVariable = "PARTNERSHIPRULES_BENCHMARKS_SHORT";

    /// <summary>Whether this is a short run.</summary>
    public static bool IsShort => Environment.GetEnvironmentVariable(ShortVariable) == "1";
}
