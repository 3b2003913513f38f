using System;

namespace PartnershipRules.Facts;

/// <summary>A case worker's judgement on one observation checklist item, with its evidence.</summary>
public sealed class Observation
{
    /// <summary>The judgement: yes, partly or no.</summary>
    [Question("Is the condition present: yes, partly or no?")]
    public Fact<ObservedValue> Value { get; init; }

    /// <summary>The evidence for the judgement.</summary>
    [Question("What is the evidence for this judgement?")]
    public string? Evidence { get; init; }

    /// <summary>Date of the observation.</summary>
    [Question("When was this observed?")]
    public Fact<DateTime> ObservedOn { get; init; }

    /// <summary>What the judgement is based on.</summary>
    [Question("Is the judgement based on a document, minutes, an interview or direct observation?")]
    public Fact<EvidenceBasis> Basis { get; init; }
}
