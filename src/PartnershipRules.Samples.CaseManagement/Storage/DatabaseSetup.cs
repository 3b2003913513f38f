using System;
using System.IO;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PartnershipRules.Samples.CaseManagement.Storage;

/// <summary>
/// Registers the store on the provider <c>Database:Provider</c> names (<c>Sqlite</c>, the default, or
/// <c>PostgreSql</c>) at the connection string <c>ConnectionStrings:Partnerships</c>, and creates its schema at start-up.
/// </summary>
internal static class DatabaseSetup
{
    /// <summary>The connection string's name.</summary>
    public const string ConnectionName = "Partnerships";

    /// <summary>
    /// Registers the context. The provider and connection are read from the built application's configuration when
    /// a context is first made, not from the builder's: a host that adds settings late (a test's
    /// <c>WebApplicationFactory</c>) is then heard.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddPartnershipStore(this IServiceCollection services) =>
        services.AddDbContext<PartnershipsDbContext>((provider, options) =>
        {
            var configuration = provider.GetRequiredService<IConfiguration>();
            var connection = configuration.GetConnectionString(ConnectionName);
            if (ProviderOf(configuration) == DatabaseProvider.PostgreSql)
            {
                options.UseNpgsql(string.IsNullOrWhiteSpace(connection)
                    ? throw new InvalidOperationException("Database:Provider is PostgreSql but ConnectionStrings:" + ConnectionName + " is not set.")
                    : connection);
                return;
            }

            if (string.IsNullOrWhiteSpace(connection))
            {
                // The embedded default: a file under the app's data folder, made on first start.
                var folder = Path.Combine(provider.GetRequiredService<IWebHostEnvironment>().ContentRootPath, "App_Data");
                Directory.CreateDirectory(folder);
                connection = "Data Source=" + Path.Combine(folder, "partnerships.db");
            }

            options.UseSqlite(connection);
        });

    /// <summary>
    /// Brings the schema up to date before the first request. SQLite applies this project's migrations; PostgreSQL's
    /// schema is created from the model when the database has none, because the migrations are SQLite's (EF Core
    /// migrations are provider-specific) and a second set for PostgreSQL is not kept.
    /// </summary>
    /// <param name="app">The built application.</param>
    public static void CreatePartnershipStore(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnershipsDbContext>();
        if (ProviderOf(app.Configuration) == DatabaseProvider.PostgreSql)
        {
            db.Database.EnsureCreated();
        }
        else
        {
            db.Database.Migrate();
        }
    }

    private static DatabaseProvider ProviderOf(IConfiguration configuration)
    {
        var configured = configuration["Database:Provider"];
        if (string.IsNullOrEmpty(configured))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(configured, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException("Database:Provider is '" + configured + "'; it must be Sqlite or PostgreSql.");
    }
}
