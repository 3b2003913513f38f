using System.Collections.Generic;
using PartnershipRules.Model;

namespace PartnershipRules.RuleTesting;

/// <summary>How rule tests spell the four outcomes (snake_case, like every value in the YAML files).</summary>
internal static class OutcomeNames
{
    private static readonly Dictionary<string, Outcome> ByName = new()
    {
        ["fired"] = Outcome.Fired,
        ["not_fired"] = Outcome.NotFired,
        ["insufficient"] = Outcome.InsufficientInformation,
        ["not_applicable"] = Outcome.NotApplicable,
    };

    public static IEnumerable<string> Names => ByName.Keys;

    public static bool TryParse(string text, out Outcome outcome) => ByName.TryGetValue(text, out outcome);

    public static string Name(Outcome outcome) => outcome switch
    {
        Outcome.Fired => "fired",
        Outcome.NotFired => "not_fired",
        Outcome.InsufficientInformation => "insufficient",
        _ => "not_applicable",
    };

    /// <summary>The outcome as a reader would say it ("not fired", "insufficient information").</summary>
    public static string Words(Outcome outcome) => outcome switch
    {
        Outcome.Fired => "fired",
        Outcome.NotFired => "not fired",
        Outcome.InsufficientInformation => "insufficient information",
        _ => "not applicable",
    };
}
