using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PartnershipRules.Samples.CaseManagement.Storage;

/// <summary>
/// The context <c>dotnet ef migrations add</c> builds: SQLite, because the migrations in this project are SQLite's
/// (PostgreSQL's schema is created from the model; see <see cref="DatabaseSetup"/>).
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PartnershipsDbContext>
{
    /// <inheritdoc />
    public PartnershipsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PartnershipsDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
