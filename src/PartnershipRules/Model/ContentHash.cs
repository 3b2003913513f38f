using System.Linq;
using System.Security.Cryptography;

namespace PartnershipRules.Model;

/// <summary>How the library writes the hashes that identify content (a catalogue, a rule set): lower-case hex.</summary>
internal static class ContentHash
{
    /// <summary>The hash so far, as lower-case hex; the hash is reset.</summary>
    public static string Finish(IncrementalHash hash) =>
        string.Concat(hash.GetHashAndReset().Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
}
