using System.Collections.Generic;
using PartnershipRules.Model;

namespace PartnershipRules.RuleTesting;

/// <summary>How rule tests spell the four outcomes (snake_case, like every value in the YAML files).</summary>
public static class OutcomeNames
{
    private static readonly Dictionary<string, Outcome> ByName = new()
    {
        ["fired"] = Outcome.Fired,
        ["not_fired"] = Outcome.NotFired,
        ["insufficient"] = Outcome.InsufficientInformation,
        ["not_applicable"] = Outcome.NotApplicable,
    };

    /// <summary>The spellings in rule-test files: fired, not_fired, insufficient, not_applicable.</summary>
    public static IEnumerable<string> Names => ByName.Keys;

    /// <summary>Reads an outcome as rule-test files spell it.</summary>
    /// <param name="text">The text.</param>
    /// <param name="outcome">The outcome, when the text spells one.</param>
    /// <returns>Whether the text spells an outcome.</returns>
    public static bool TryParse(string text, out Outcome outcome) => ByName.TryGetValue(text, out outcome);

    /// <summary>The outcome as rule-test files spell it.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The spelling.</returns>
    public static string Name(Outcome outcome) => outcome switch
    {
        Outcome.Fired => "fired",
        Outcome.NotFired => "not_fired",
        Outcome.InsufficientInformation => "insufficient",
        _ => "not_applicable",
    };

    /// <summary>The outcome as a reader would say it ("not fired", "insufficient information").</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The words.</returns>
    public static string Words(Outcome outcome) => outcome switch
    {
        Outcome.Fired => "fired",
        Outcome.NotFired => "not fired",
        Outcome.InsufficientInformation => "insufficient information",
        _ => "not applicable",
    };
}
