namespace PartnershipRules.Samples.CaseManagement.Storage;

/// <summary>Which database the service stores in, from <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>The default: a file under the content root's App_Data folder, or the connection string's.</summary>
    Sqlite,

    /// <summary>PostgreSQL, at the connection string <c>ConnectionStrings:Partnerships</c>.</summary>
    PostgreSql,
}
