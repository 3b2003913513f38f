using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace PartnershipRules.Hosting.Tests;

/// <summary>The sample service in process (<see cref="WebApplicationFactory{TEntryPoint}"/>) on a given store.</summary>
public abstract class PartnershipStoreHost : WebApplicationFactory<Program>
{
    private readonly string _provider;
    private readonly string _connection;

    protected PartnershipStoreHost(string provider, string connection)
    {
        _provider = provider;
        _connection = connection;
    }

    /// <summary>Why the suite cannot run here, or null when it can.</summary>
    public virtual string? Unavailable => null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", _provider);
        builder.UseSetting("ConnectionStrings:Partnerships", _connection);
    }
}

/// <summary>The service on SQLite, in a file of its own under the temporary folder, deleted afterwards.</summary>
public sealed class SqliteStoreHost : PartnershipStoreHost
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "partnershiprules-store-" + Guid.NewGuid().ToString("N"));

    public SqliteStoreHost()
        : base("Sqlite", "Data Source=" + File())
    {
    }

    private static string File()
    {
        Directory.CreateDirectory(Folder);
        return Path.Combine(Folder, "partnerships.db");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();

        // Pooled connections keep the file open.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Another class's host may still hold a pooled connection; the temporary folder is cleaned up eventually.
        }
    }
}

/// <summary>The service on the PostgreSQL database PARTNERSHIPRULES_POSTGRES names, when it names one.</summary>
public sealed class PostgreSqlStoreHost : PartnershipStoreHost
{
    public const string Variable = "PARTNERSHIPRULES_POSTGRES";

    public PostgreSqlStoreHost()
        : base("PostgreSql", Environment.GetEnvironmentVariable(Variable) ?? "")
    {
    }
}

/// <summary>A fact that needs PostgreSQL: skipped, with the reason, unless PARTNERSHIPRULES_POSTGRES holds a connection string.</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgreSqlStoreHost.Variable)))
        {
            Skip = "PostgreSQL is not configured: set " + PostgreSqlStoreHost.Variable + " to a connection string (e.g. Host=localhost;Database=partnerships_test;Username=...;Password=...) to run the storage suite against it.";
        }
    }
}
