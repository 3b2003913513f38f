using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Engine;
using PartnershipRules.Hosting;
using PartnershipRules.Model;

namespace PartnershipRules.DependencyInjection;

/// <summary>
/// Binds <see cref="PartnershipRulesOptions"/> from a configuration section so that nothing written there is ignored
/// in silence. The framework's binder skips a dictionary key it cannot convert (<c>avoid_collaboration</c>, the
/// spelling the YAML configuration, the docs and the tool's output use) and a setting that names no property; here
/// severities and categories are read in both spellings (<c>avoid_collaboration</c> and <c>AvoidCollaboration</c>),
/// and every key or value that cannot be bound is a validation failure naming the key, the value and what is allowed,
/// reported at start-up (<c>ValidateOnStart</c>).
/// </summary>
internal sealed class ConfigurationBinding : IValidateOptions<PartnershipRulesOptions>
{
    private const string Categories = nameof(PartnershipRulesOptions.CategorySeverities);
    private const string Rules = nameof(PartnershipRulesOptions.RuleSeverities);
    private const string Compiler = nameof(PartnershipRulesOptions.ExpressionCompiler);

    // Read here rather than by the framework's binder, which knows neither the files' spellings nor how to say what
    // is allowed.
    private static readonly string[] ReadHere = { Categories, Rules, Compiler };

    private static readonly string[] SettingNames = typeof(PartnershipRulesOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToArray();

    private readonly IConfiguration _section;

    public ConfigurationBinding(IConfiguration section) => _section = section;

    /// <summary>Binds everything but the two severity tables with the framework's binder, then reads those tables here.</summary>
    public void Bind(PartnershipRulesOptions options)
    {
        new Settings(_section).Bind(options, binder => binder.ErrorOnUnknownConfiguration = true);
        foreach (var entry in _section.GetSection(Categories).GetChildren())
        {
            if (TryRead<RuleCategory>(entry.Key, out var category) && TryRead<Severity>(entry.Value, out var severity))
            {
                options.CategorySeverities[category] = severity;
            }
        }

        foreach (var entry in _section.GetSection(Rules).GetChildren())
        {
            if (TryRead<Severity>(entry.Value, out var severity))
            {
                options.RuleSeverities[entry.Key] = severity;
            }
        }

        if (TryRead<ExpressionCompiler>(_section[Compiler], out var compiler))
        {
            options.ExpressionCompiler = compiler;
        }
    }

    /// <summary>Every key and value of the section that could not be bound, with what is allowed.</summary>
    public ValidateOptionsResult Validate(string? name, PartnershipRulesOptions options)
    {
        var failures = new List<string>();
        var prefix = _section is IConfigurationSection section ? section.Path + ":" : string.Empty;
        foreach (var setting in _section.GetChildren())
        {
            if (!SettingNames.Contains(setting.Key, StringComparer.OrdinalIgnoreCase))
            {
                failures.Add($"{prefix}{setting.Key} is not a setting of PartnershipRules.{Spelling.DidYouMean(setting.Key, SettingNames)} Settings: {string.Join(", ", SettingNames)}.");
            }
        }

        foreach (var entry in _section.GetSection(Categories).GetChildren())
        {
            if (!TryRead<RuleCategory>(entry.Key, out _))
            {
                failures.Add($"{prefix}{Categories}:{entry.Key}: '{entry.Key}' is not a rule category.{Spelling.DidYouMean(entry.Key, Spelling.All<RuleCategory>())} Categories: {string.Join(", ", Spelling.All<RuleCategory>())}.");
            }

            Severities(failures, prefix + Categories + ":" + entry.Key, entry.Value);
        }

        foreach (var entry in _section.GetSection(Rules).GetChildren())
        {
            Severities(failures, prefix + Rules + ":" + entry.Key, entry.Value);
        }

        var compiler = _section[Compiler];
        if (compiler is not null && !TryRead<ExpressionCompiler>(compiler, out _))
        {
            failures.Add($"{prefix}{Compiler}: '{compiler}' is not allowed. Allowed: {string.Join(", ", Spelling.All<ExpressionCompiler>())}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Severities(List<string> failures, string key, string? value)
    {
        if (!TryRead<Severity>(value, out _))
        {
            failures.Add($"{key}: '{value}' is not a severity.{Spelling.DidYouMean(value ?? string.Empty, Spelling.All<Severity>())} Severities: {string.Join(", ", Spelling.All<Severity>())}.");
        }
    }

    /// <summary>
    /// The section as the framework's binder should see it: the known settings but those read here,
    /// and no unknown setting (the validation names those); within a known setting the binder refuses unknown keys.
    /// </summary>
    private sealed class Settings : IConfiguration
    {
        private readonly IConfiguration _inner;

        public Settings(IConfiguration inner) => _inner = inner;

        public string? this[string key]
        {
            get => _inner[key];
            set => _inner[key] = value;
        }

        public IEnumerable<IConfigurationSection> GetChildren() => _inner.GetChildren().Where(c =>
            SettingNames.Contains(c.Key, StringComparer.OrdinalIgnoreCase) && !ReadHere.Contains(c.Key, StringComparer.OrdinalIgnoreCase));

        public IChangeToken GetReloadToken() => _inner.GetReloadToken();

        // The binder asks for each property by name: what is read here gets an empty section (a path nothing is at).
        public IConfigurationSection GetSection(string key) =>
            ReadHere.Contains(key, StringComparer.OrdinalIgnoreCase) ? _inner.GetSection(key + ":\u0001read-by-PartnershipRules") : _inner.GetSection(key);
    }

    // Both spellings: the files' (avoid_collaboration) and .NET's (AvoidCollaboration, any case); never a number.
    private static bool TryRead<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum =>
        Spelling.TryParse(text, out value)
        || (text is not null && !text.Any(char.IsDigit) && Enum.TryParse(text, ignoreCase: true, out value) && Spelling.All<TEnum>().Contains(Spelling.Of(value)));
}
