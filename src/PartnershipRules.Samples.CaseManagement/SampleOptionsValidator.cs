using System.Collections.Generic;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace PartnershipRules.Samples.CaseManagement;

/// <summary>Refuses limits the rate limiter cannot use, naming the configuration key and the value given.</summary>
internal sealed class SampleOptionsValidator : IValidateOptions<SampleOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SampleOptions options)
    {
        var failures = new List<string>();
        if (options.MaxConcurrentChecks < 1)
        {
            failures.Add(Failure(nameof(SampleOptions.MaxConcurrentChecks), options.MaxConcurrentChecks, "at least 1"));
        }

        if (options.QueuedChecks < 0)
        {
            failures.Add(Failure(nameof(SampleOptions.QueuedChecks), options.QueuedChecks, "0 or more"));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Failure(string key, int value, string allowed) =>
        string.Format(CultureInfo.InvariantCulture, "{0}:{1} is {2}; it must be {3}.", SampleOptions.SectionName, key, value, allowed);
}
