using System;
using System.Diagnostics.CodeAnalysis;

namespace PartnershipRules.Facts;

/// <summary>A funding stream supporting the partnership.</summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "A funding stream is the domain term; this is not a System.IO.Stream.")]
public sealed class FundingStream
{
    /// <summary>Name of the funding stream.</summary>
    [Question("What is the funding stream called?")]
    public string? Name { get; init; }

    /// <summary>Funder type.</summary>
    [Question("What type of funder provides this funding?")]
    public Fact<FundingSource> Source { get; init; }

    /// <summary>
    /// The partner that makes the spending decisions, named by its id or its name. Leave it out when the funder
    /// outside the partnership keeps them (see <see cref="FunderDecidesSpending"/>).
    /// </summary>
    [Question("Which partner makes the spending decisions for this funding (its id or name)?")]
    [RefersTo(nameof(Partnership.Partners), Phrase = "controlled by", Otherwise = "If the funder outside the partnership makes the spending decisions, leave 'controlledBy' out and write 'funderDecidesSpending: true'.")]
    public Fact<string> ControlledBy { get; init; }

    /// <summary>Whether the funder outside the partnership keeps the spending decisions itself, rather than any partner.</summary>
    [Question("Does the funder outside the partnership keep the spending decisions itself, rather than any partner?")]
    public Fact<bool> FunderDecidesSpending { get; init; }

    /// <summary>Annual amount in GBP.</summary>
    [Question("How much is this funding worth a year, in GBP?")]
    [NumberRange(0, double.MaxValue)]
    public Fact<double> Amount { get; init; }

    /// <summary>Start of funding.</summary>
    [Question("When does the funding start?")]
    public Fact<DateTime> StartDate { get; init; }

    /// <summary>End of funding.</summary>
    [Question("When does the funding end?")]
    public Fact<DateTime> EndDate { get; init; }

    /// <summary>Whether money must be spent quickly within a short window.</summary>
    [Question("Must the money be spent quickly within a short window?")]
    public Fact<bool> SpendDeadlinePressure { get; init; }

    /// <summary>How it was obtained.</summary>
    [Question("How was the funding obtained: competitive bid, formula or allocation, negotiated grant, or contract?")]
    public Fact<FundingAllocation> Allocation { get; init; }

    /// <summary>Whether outcomes/issue definitions are fixed by the funder's policy.</summary>
    [Question("Are the outcomes or issue definitions fixed by the funder's policy?")]
    public Fact<bool> OutcomesPredefinedByFunder { get; init; }

    /// <summary>Whether there is a plan for when the funding ends.</summary>
    [Question("Is there a plan for when the funding ends?")]
    public Fact<bool> ExitOrContinuationPlan { get; init; }

    /// <summary>Whether continuing support is available beyond the initial period.</summary>
    [Question("Is continuing support (money, management backing) available beyond the initial period?")]
    public Fact<bool> ContinuingSupportAvailable { get; init; }

    /// <summary>Administrative burden the funding places on community partners.</summary>
    [Question("How heavy is the administrative burden the funding places on community partners: low, moderate or high?")]
    public Fact<BurdenLevel> AdminBurdenOnCommunity { get; init; }

    /// <summary>Whether the funding rewards inclusion of voluntary/community organisations.</summary>
    [Question("Does the funding reward the inclusion of voluntary or community organisations?")]
    public Fact<bool> IncentiveToIncludeVoluntaryCommunity { get; init; }

    /// <summary>Whether the funder recognises small local gains as contributing to its macro aims.</summary>
    [Question("Does the funder recognise small local gains as contributing to its wider aims?")]
    public Fact<bool> FunderRecognisesSmallGains { get; init; }
}
