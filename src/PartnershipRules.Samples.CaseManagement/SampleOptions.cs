namespace PartnershipRules.Samples.CaseManagement;

/// <summary>
/// The sample's own settings (section <c>Sample</c> of appsettings.json), apart from the library's
/// <c>PartnershipRules</c> section: how many checks may run at once and how many may wait for a turn.
/// </summary>
internal sealed class SampleOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Sample";

    /// <summary>
    /// Checks evaluated at once. A check of a large case holds tens of megabytes until its answer is written, so this
    /// is what bounds the service's memory; a fixed default keeps that bound the same on any machine.
    /// </summary>
    public int MaxConcurrentChecks { get; set; } = 4;

    /// <summary>
    /// Checks that wait for a turn, oldest first, before further ones are refused with 429. A waiting request has not
    /// had its body read yet, so it costs a connection, not a case.
    /// </summary>
    public int QueuedChecks { get; set; } = 8;
}
