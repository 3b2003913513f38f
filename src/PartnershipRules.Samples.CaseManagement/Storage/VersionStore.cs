using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PartnershipRules.Samples.CaseManagement.Storage;

/// <summary>Adds case versions to a partnership, numbering them so that parallel posts all keep theirs.</summary>
internal static class VersionStore
{
    // Each clash costs one round trip; ten parallel posts to one partnership clash at most nine times each.
    private const int MaxAttempts = 32;

    /// <summary>
    /// Stores a version as the partnership's next, creating the partnership on its first version. The number is read
    /// as the last one plus one and the unique index on (partnership, number) is the concurrency check: a post that
    /// lost the race to another is tried again with the number after (optimistic concurrency, no lock held).
    /// </summary>
    /// <param name="db">The store.</param>
    /// <param name="key">The partnership's key.</param>
    /// <param name="name">The partnership's name in this version.</param>
    /// <param name="version">The version, without partnership or number.</param>
    /// <param name="cancellationToken">The request's abort token.</param>
    /// <returns>The number it was stored under.</returns>
    public static async Task<int> AppendAsync(PartnershipsDbContext db, string key, string? name, CaseVersion version, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var partnership = await db.Partnerships.SingleOrDefaultAsync(p => p.Key == key, cancellationToken).ConfigureAwait(false);
            if (partnership is null)
            {
                partnership = new Partnership { Key = key, CreatedAt = version.ReceivedAt };
                db.Partnerships.Add(partnership);
                version.Number = 1;
            }
            else
            {
                version.Number = 1 + (await db.CaseVersions.Where(v => v.PartnershipId == partnership.Id).MaxAsync(v => (int?)v.Number, cancellationToken).ConfigureAwait(false) ?? 0);
            }

            partnership.Name = name ?? partnership.Name;
            version.Partnership = partnership;
            db.CaseVersions.Add(version);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return version.Number;
            }
            catch (DbUpdateException clash) when (IsUniqueViolation(clash) && attempt < MaxAttempts)
            {
                // Forget what this attempt added (the version, perhaps the partnership) and read the numbers again.
                db.ChangeTracker.Clear();
                version.Id = 0;
                version.PartnershipId = 0;
                if (version.Assessment is { } assessment)
                {
                    assessment.Id = 0;
                    assessment.CaseVersionId = 0;
                }

                await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY.
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
