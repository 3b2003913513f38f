using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using PartnershipRules.Diagnostics;
using PartnershipRules.Facts;
using PartnershipRules.Model;

namespace PartnershipRules.RuleLanguage.CodeRules;

/// <summary>
/// A rule written in C# by the host, next to the YAML catalogue, the way a team adds its own analyzers beside the
/// shipped ones. It has a descriptor like any rule (id, severity, message, advice, citations checked against the
/// bibliography), is compiled into the same NRules session factory, has the same four outcomes, and is subject to the
/// same configuration, layers and suppressions. Its condition is three-valued: return <see cref="Truth.Unknown"/>
/// when the facts it needs are not recorded. Create one with <see cref="Create"/>; immutable.
/// </summary>
public sealed class CodeRule
{
    internal CodeRule(CodeRuleBuilder builder, Func<Partnership, Truth> when)
    {
        Id = builder.RuleId;
        Title = builder.RuleTitle;
        MessageFormat = builder.MessageFormat ?? builder.RuleTitle;
        Category = builder.RuleCategory;
        Kind = builder.RuleKind;
        Severity = builder.RuleSeverity;
        Description = builder.RuleDescription ?? builder.RuleTitle;
        Advice = builder.RuleAdvice!;
        Citations = builder.RuleCitations.ToArray();
        Criteria = builder.RuleCriteria.ToArray();
        Tags = builder.RuleTags.ToArray();
        Reads = builder.FactPaths.ToArray();
        AppliesWhen = builder.Precondition;
        When = when;
        Location = builder.Location;
    }

    /// <summary>The rule's id: capital letters then digits, e.g. <c>ACME001</c>; unique in the catalogue.</summary>
    public string Id { get; }

    /// <summary>Short title.</summary>
    public string Title { get; }

    /// <summary>The message, with <c>{placeholders}</c> naming facts of the partnership.</summary>
    public string MessageFormat { get; }

    /// <summary>Category.</summary>
    public RuleCategory Category { get; }

    /// <summary>What a finding means.</summary>
    public RuleKind Kind { get; }

    /// <summary>Default severity.</summary>
    public Severity Severity { get; }

    /// <summary>What the rule checks, in plain words.</summary>
    public string Description { get; }

    /// <summary>What to do about a finding.</summary>
    public string Advice { get; }

    /// <summary>Where the research says so: each names a bibliography key, a section and a short quote.</summary>
    public IReadOnlyList<CodeRuleCitation> Citations { get; }

    /// <summary>Criterion keys the rule implements (may be empty for a site's own rule).</summary>
    public IReadOnlyList<string> Criteria { get; }

    /// <summary>Free tags.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Fact paths the condition reads: evidence when it fires, missing facts when it cannot decide.</summary>
    public IReadOnlyList<string> Reads { get; }

    /// <summary>When false the rule does not apply; when unknown it cannot be decided. Null: always applies.</summary>
    public Func<Partnership, Truth>? AppliesWhen { get; }

    /// <summary>The condition.</summary>
    public Func<Partnership, Truth> When { get; }

    /// <summary>Where in the host's source the rule was created (reported in diagnostics and listings).</summary>
    public SourceLocation Location { get; }

    /// <summary>Starts a rule; the caller's file and line become its location.</summary>
    /// <param name="id">The rule's id, e.g. <c>ACME001</c>.</param>
    /// <param name="title">Short title.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    /// <returns>A builder.</returns>
    public static CodeRuleBuilder Create(string id, string title, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        new(id, title, new SourceLocation(string.IsNullOrEmpty(file) ? "(code)" : file, Math.Max(line, 1), 1));

    /// <inheritdoc />
    public override string ToString() => Id + ": " + Title;
}
