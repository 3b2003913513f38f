using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PartnershipRules.DependencyInjection;
using PartnershipRules.Hosting;

// The conventional namespace for IServiceCollection extensions, so that they show up without another using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers PartnershipRules' advice service.</summary>
public static class PartnershipRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IPartnershipAdvisor"/> (and <see cref="PartnershipAdvisor"/>) as a singleton built from
    /// <see cref="PartnershipRulesOptions"/> by <see cref="AnalyzerBuilder"/>, as the tool and code build it: the
    /// analyzer is compiled once, on first resolution, and shared by every request; with
    /// <see cref="PartnershipRulesOptions.WatchForChanges"/> it is rebuilt when its files change. The clock is the
    /// container's <see cref="TimeProvider"/>. Resolve it at start-up to fail fast: an analyzer that does not build
    /// throws <see cref="AnalyzerBuildException"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets options in code (after any configuration binding).</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddPartnershipRules(this IServiceCollection services, Action<PartnershipRulesOptions>? configure = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        var options = services.AddOptions<PartnershipRulesOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        options.PostConfigure<TimeProvider>((o, clock) => o.Clock = clock);
        options.Validate(o => o.MaxFindings is null or >= 0, "PartnershipRules:MaxFindings cannot be negative.");
        options.Validate(o => o.ReloadDelay >= TimeSpan.Zero, "PartnershipRules:ReloadDelay cannot be negative.");
        options.Validate(o => o.EvaluationTimeout is null || o.EvaluationTimeout > TimeSpan.Zero, "PartnershipRules:EvaluationTimeout must be positive.");

        services.TryAddSingleton(provider => AdvisorFactory.Create(
            provider.GetRequiredService<IOptions<PartnershipRulesOptions>>().Value,
            (ILogger?)provider.GetService<ILoggerFactory>()?.CreateLogger("PartnershipRules") ?? NullLogger.Instance));
        services.TryAddSingleton<IPartnershipAdvisor>(provider => provider.GetRequiredService<PartnershipAdvisor>());
        return services;
    }

    /// <summary>
    /// Registers the advice service with options bound from a configuration section (e.g. <c>PartnershipRules</c>).
    /// Categories and severities may be spelt as in the YAML configuration (<c>avoid_collaboration</c>, <c>none</c>) or
    /// as .NET names (<c>AvoidCollaboration</c>, <c>None</c>); a setting, key or value that cannot be bound fails the
    /// options' validation at start-up (<see cref="OptionsValidationException"/>), naming it and what is allowed.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section to bind.</param>
    /// <param name="configure">Sets options in code, after binding.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddPartnershipRules(this IServiceCollection services, IConfiguration configuration, Action<PartnershipRulesOptions>? configure = null)
    {
        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        // Bound so that nothing in the section is ignored in silence: both spellings of categories and severities, and
        // every key or value that cannot be bound reported at start-up with what is allowed.
        var binding = new ConfigurationBinding(configuration);
        services.AddOptions<PartnershipRulesOptions>().Configure(binding.Bind).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PartnershipRulesOptions>>(binding);
        return services.AddPartnershipRules(configure);
    }
}
