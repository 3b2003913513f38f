using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using PartnershipRules.Assessment;
using PartnershipRules.Model;

namespace PartnershipRules.Reviews;

/// <summary>
/// What makes a finding the same finding in the next version of a case. A rule reports at most one finding per case,
/// about every record it concerns, so a finding is known by its rule; which records it names (partners,
/// representatives, forums... by id, or by name where they have none, never by position) and what their facts say is
/// its evidence. Reordering partners, adding or removing one, or renaming the partnership therefore never turns a
/// finding into another: a finding that comes to name one more partner, or one fewer, is the same finding changed.
/// </summary>
public sealed class FindingIdentity
{
    private FindingIdentity(string fingerprint, string evidenceDigest, IReadOnlyList<string> records)
    {
        Fingerprint = fingerprint;
        EvidenceDigest = evidenceDigest;
        Records = records;
    }

    /// <summary>The identity (SARIF's partial fingerprint): 32 hexadecimal digits from the rule id, the same in every version of a case.</summary>
    public string Fingerprint { get; }

    /// <summary>16 hexadecimal digits from what the evidence says (each fact, by record identity, and its value): the same finding with another digest has changed.</summary>
    public string EvidenceDigest { get; }

    /// <summary>The identities of the records the finding names (<see cref="RecordReference.Identity"/>), in order; empty for a finding about the partnership as a whole.</summary>
    public IReadOnlyList<string> Records { get; }

    /// <summary>The identity of every finding of a result.</summary>
    /// <param name="result">The result.</param>
    /// <returns>Each finding's identity.</returns>
    public static IReadOnlyDictionary<Finding, FindingIdentity> For(AnalysisResult result)
    {
        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        var records = new RecordResolver(result.Partnership);
        var identities = new Dictionary<Finding, FindingIdentity>();
        foreach (var finding in result.Findings)
        {
            identities[finding] = Of(finding, records);
        }

        return identities;
    }

    internal static FindingIdentity Of(Finding finding, RecordResolver records)
    {
        var named = new SortedSet<string>(StringComparer.Ordinal);
        var evidence = new List<string>();
        foreach (var item in finding.Evidence)
        {
            var (record, fact) = records.Resolve(item.Location.Path);
            if (!record.IsPartnership)
            {
                named.Add(record.Identity);
            }

            evidence.Add(record.Identity + "|" + fact + "=" + item.Value);
        }

        evidence.Sort(StringComparer.Ordinal);

        // Versioned, so that a later scheme (should a rule ever report once per record) gives other fingerprints.
        return new FindingIdentity(Hex("v1\n" + finding.RuleId, 16), Hex(string.Join("\n", evidence), 8), named.ToList());
    }

    /// <summary>The first <paramref name="bytes"/> bytes of the text's SHA-256, in lower-case hexadecimal.</summary>
    private static string Hex(string text, int bytes)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(text));
        var hash = sha.GetHashAndReset();
        var hex = new StringBuilder(bytes * 2);
        for (var i = 0; i < bytes; i++)
        {
            hex.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }
}
