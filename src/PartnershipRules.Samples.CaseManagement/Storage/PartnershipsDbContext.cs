using Microsoft.EntityFrameworkCore;

namespace PartnershipRules.Samples.CaseManagement.Storage;

/// <summary>The service's store: partnerships, every case version submitted, and the assessment of each.</summary>
/// <param name="options">The provider and connection, from <see cref="DatabaseSetup"/>.</param>
public sealed class PartnershipsDbContext(DbContextOptions<PartnershipsDbContext> options) : DbContext(options)
{
    /// <summary>The partnerships.</summary>
    public DbSet<Partnership> Partnerships => Set<Partnership>();

    /// <summary>Every case version.</summary>
    public DbSet<CaseVersion> CaseVersions => Set<CaseVersion>();

    /// <summary>The assessment of each version.</summary>
    public DbSet<StoredAssessment> Assessments => Set<StoredAssessment>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var partnership = modelBuilder.Entity<Partnership>();
        partnership.Property(p => p.Key).HasMaxLength(200);
        partnership.HasIndex(p => p.Key).IsUnique();
        partnership.HasMany(p => p.Versions).WithOne(v => v.Partnership).HasForeignKey(v => v.PartnershipId);

        var version = modelBuilder.Entity<CaseVersion>();
        version.Ignore(v => v.DocumentName);

        // Two requests that read the same last number both try to insert the next one; this index makes the second
        // fail, and VersionStore tries it again with the number after, so parallel posts all keep their version.
        version.HasIndex(v => new { v.PartnershipId, v.Number }).IsUnique();
        version.HasOne(v => v.Assessment).WithOne().HasForeignKey<StoredAssessment>(a => a.CaseVersionId);
    }
}
