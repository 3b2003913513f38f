using System;
using System.Collections.Generic;
using PartnershipRules.Diagnostics;
using PartnershipRules.Facts;
using PartnershipRules.Model;

namespace PartnershipRules.RuleLanguage.CodeRules;

/// <summary>
/// Collects a <see cref="CodeRule"/>'s descriptor and condition. Required: <see cref="Advice"/>, at least one
/// <see cref="Cites"/> and <see cref="When"/>; the rest have defaults (message = title, category other, kind risk,
/// severity warning). What can only be checked against the catalogue (citation keys, criteria, fact paths,
/// placeholders, duplicate ids) is reported as diagnostics when the catalogue loads, at the rule's location.
/// </summary>
public sealed class CodeRuleBuilder
{
    internal CodeRuleBuilder(string id, string title, SourceLocation location)
    {
        RuleId = string.IsNullOrWhiteSpace(id) ? throw new ArgumentException("A rule needs an id.", nameof(id)) : id;
        RuleTitle = string.IsNullOrWhiteSpace(title) ? throw new ArgumentException("A rule needs a title.", nameof(title)) : title;
        Location = location;
    }

    internal string RuleId { get; }

    internal string RuleTitle { get; }

    internal SourceLocation Location { get; }

    internal string? MessageFormat { get; private set; }

    internal RuleCategory RuleCategory { get; private set; } = RuleCategory.Other;

    internal RuleKind RuleKind { get; private set; } = RuleKind.Risk;

    internal Diagnostics.Severity RuleSeverity { get; private set; } = Diagnostics.Severity.Warning;

    internal string? RuleDescription { get; private set; }

    internal string? RuleAdvice { get; private set; }

    internal List<CodeRuleCitation> RuleCitations { get; } = new();

    internal List<string> RuleCriteria { get; } = new();

    internal List<string> RuleTags { get; } = new();

    internal List<string> FactPaths { get; } = new();

    internal Func<Partnership, Truth>? Precondition { get; private set; }

    /// <summary>The message; <c>{placeholders}</c> name facts, e.g. <c>{name}</c>.</summary>
    /// <param name="format">The message format.</param>
    /// <returns>This builder.</returns>
    public CodeRuleBuilder Message(string format)
    {
        MessageFormat = Required(format, nameof(format));
        return this;
    }

    /// <summary>The category.</summary>
    /// <param name="category">The category.</param>
    /// <returns>This builder.</returns>
    public CodeRuleBuilder Category(RuleCategory category)
    {
        RuleCategory = category;
        return this;
    }

    /// <summary>What a finding means.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>This builder.</returns>
    public CodeRuleBuilder Kind(RuleKind kind)
    {
        RuleKind = kind;
        return this;
    }

    /// <summary>The default severity (configuration can still change it).</summary>
    /// <param name="severity">The severity: silent, suggestion, warning or error.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="Diagnostics.Severity.None"/>, or not a severity: a rule that should not report is disabled by a layer or configured to none.</exception>
    public CodeRuleBuilder Severity(Diagnostics.Severity severity)
    {
        RuleSeverity = severity is > Diagnostics.Severity.None and <= Diagnostics.Severity.Error
            ? severity
            : throw new ArgumentOutOfRangeException(nameof(severity), severity, "A rule's default severity is silent, suggestion, warning or error; switch a rule off with configuration (none) or a layer (enabled: false).");
        return this;
    }

    /// <summary>What the rule checks, in plain words.</summary>
    /// <param name="description">The description.</param>
    /// <returns>This builder.</returns>
    public CodeRuleBuilder Description(string description)
    {
        RuleDescription = Required(description, nameof(description));
        return this;
    }

    /// <summary>What to do about a finding.</summary>
    /// <param name="advice">The advice.</param>
    /// <returns>This builder.</returns>
    public CodeRuleBuilder Advice(string advice)
    {
        RuleAdvice = Required(advice, nameof(advice));
        return this;
    }

    /// <summary>Adds a citation; the key must be in the bibliography.</summary>
    /// <param name="source">Bibliography key of the paper, e.g. <c>tett-2005</c>.</param>
    /// <param name="section">The section.</param>
    /// <param name="quote">A short verbatim quote (at most 25 words).</param>
    /// <param name="cites">Keys of works the paper cites there.</param>
    /// <returns>This builder.</returns>
    public CodeRuleBuilder Cites(string source, string section, string quote, params string[] cites)
    {
        RuleCitations.Add(new CodeRuleCitation(Required(source, nameof(source)), Required(section, nameof(section)), Required(quote, nameof(quote)), cites ?? Array.Empty<string>(), null));
        return this;
    }

    /// <summary>Criterion keys the rule implements.</summary>
    /// <param name="keys">Keys such as <c>PTN-POW-001</c>.</param>
    /// <returns>This builder.</returns>
    public CodeRuleBuilder Criteria(params string[] keys)
    {
        RuleCriteria.AddRange(keys ?? Array.Empty<string>());
        return this;
    }

    /// <summary>Free tags.</summary>
    /// <param name="tags">Tags.</param>
    /// <returns>This builder.</returns>
    public CodeRuleBuilder Tags(params string[] tags)
    {
        RuleTags.AddRange(tags ?? Array.Empty<string>());
        return this;
    }

    /// <summary>Fact paths the condition reads, e.g. <c>partners</c> or <c>resources.money</c>.</summary>
    /// <param name="factPaths">The paths.</param>
    /// <returns>This builder.</returns>
    public CodeRuleBuilder Reads(params string[] factPaths)
    {
        FactPaths.AddRange(factPaths ?? Array.Empty<string>());
        return this;
    }

    /// <summary>A precondition: false means the rule does not apply to this partnership.</summary>
    /// <param name="precondition">The precondition.</param>
    /// <returns>This builder.</returns>
    public CodeRuleBuilder AppliesWhen(Func<Partnership, Truth> precondition)
    {
        Precondition = precondition ?? throw new ArgumentNullException(nameof(precondition));
        return this;
    }

    /// <summary>Finishes the rule with its condition.</summary>
    /// <param name="condition">True fires, false does not, unknown means the facts it needs are missing.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="InvalidOperationException">No advice or no citation was given.</exception>
    public CodeRule When(Func<Partnership, Truth> condition)
    {
        if (condition is null)
        {
            throw new ArgumentNullException(nameof(condition));
        }

        if (RuleAdvice is null || RuleCitations.Count == 0)
        {
            throw new InvalidOperationException($"Rule '{RuleId}' needs advice and at least one citation before its condition: call Advice(...) and Cites(...).");
        }

        return new CodeRule(this, condition);
    }

    private static string Required(string value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("A value is required.", name) : value;
}
