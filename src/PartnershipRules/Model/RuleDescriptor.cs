using System;
using System.Collections.Generic;
using PartnershipRules.Diagnostics;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Model;

/// <summary>
/// Everything about a rule except its condition, like a Roslyn <c>DiagnosticDescriptor</c>: a stable id, how it is
/// reported, what it advises and where the research says so.
/// </summary>
public sealed class RuleDescriptor
{
    internal RuleDescriptor(
        string id,
        string title,
        string messageFormat,
        RuleCategory category,
        RuleKind kind,
        Severity defaultSeverity,
        bool isEnabledByDefault,
        string description,
        string? helpLink,
        IReadOnlyList<string> tags,
        IReadOnlyList<string> criteria,
        string advice,
        IReadOnlyList<Citation> citations,
        IReadOnlyList<string> seeAlso,
        SourceLocation? location,
        IReadOnlyList<RuleParameter>? parameters = null,
        string? layer = null,
        IReadOnlyList<RuleOverride>? overrides = null,
        Claim? claim = null)
    {
        Claim = claim;
        Parameters = parameters ?? Array.Empty<RuleParameter>();
        Layer = layer ?? RuleSource.DefaultLayer;
        Overrides = overrides ?? Array.Empty<RuleOverride>();
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        Kind = kind;
        DefaultSeverity = defaultSeverity;
        IsEnabledByDefault = isEnabledByDefault;
        Description = description;
        HelpLink = helpLink;
        Tags = tags;
        Criteria = criteria;
        Advice = advice;
        Citations = citations;
        SeeAlso = seeAlso;
        Location = location;
    }

    /// <summary>Stable id, e.g. <c>PR2001</c>. Never reused once shipped.</summary>
    public string Id { get; }

    /// <summary>Short title.</summary>
    public string Title { get; }

    /// <summary>The message, with <c>{placeholders}</c> filled from the partnership.</summary>
    public string MessageFormat { get; }

    /// <summary>Category.</summary>
    public RuleCategory Category { get; }

    /// <summary>What a finding of this rule means.</summary>
    public RuleKind Kind { get; }

    /// <summary>Severity unless configured otherwise.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>Whether the rule runs unless configured otherwise.</summary>
    public bool IsEnabledByDefault { get; }

    /// <summary>What the rule checks, in plain language.</summary>
    public string Description { get; }

    /// <summary>Where to read more.</summary>
    public string? HelpLink { get; }

    /// <summary>Free tags.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>The criterion keys of the catalogue this rule implements (e.g. <c>PTN-FAC-001</c>).</summary>
    public IReadOnlyList<string> Criteria { get; }

    /// <summary>What to do about a finding.</summary>
    public string Advice { get; }

    /// <summary>Where the papers say so. At least one cites a source paper.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>Ids of related rules.</summary>
    public IReadOnlyList<string> SeeAlso { get; }

    /// <summary>Where the rule is defined, when it came from a file.</summary>
    public SourceLocation? Location { get; }

    /// <summary>The rule's parameters (thresholds of the library's own), with the values in effect.</summary>
    public IReadOnlyList<RuleParameter> Parameters { get; }

    /// <summary>
    /// The layer that defined the rule: <c>default</c> for the embedded catalogue, otherwise the name its source was
    /// given (a directory's path, by default).
    /// </summary>
    public string Layer { get; }

    /// <summary>The settings later layers changed, in the order they were applied (the last one wins).</summary>
    public IReadOnlyList<RuleOverride> Overrides { get; }

    /// <inheritdoc />
    /// <summary>
    /// How strongly the paper makes the rule's point, and the words that show it; the default severity never exceeds
    /// what it allows (<see cref="Model.Claim.Ceiling"/>). Null for a rule that declares none (rules written in C#,
    /// and rule files of other layers that do not calibrate).
    /// </summary>
    public Claim? Claim { get; }

    /// <inheritdoc />
    public override string ToString() => Id + ": " + Title;

    /// <summary>A copy with one setting changed by a later layer.</summary>
    internal RuleDescriptor With(RuleOverride change, bool? enabled = null, Severity? severity = null, string? message = null, string? advice = null) => new(
        Id,
        Title,
        message ?? MessageFormat,
        Category,
        Kind,
        severity ?? DefaultSeverity,
        enabled ?? IsEnabledByDefault,
        Description,
        HelpLink,
        Tags,
        Criteria,
        advice ?? Advice,
        Citations,
        SeeAlso,
        Location,
        Parameters,
        Layer,
        new List<RuleOverride>(Overrides) { change },
        Claim);

    internal static readonly StringComparer IdComparer = StringComparer.Ordinal;
}
