using System.Threading.Tasks;

namespace PartnershipRules.Hosting.Tests;

/// <summary>
/// The storage endpoints on PostgreSQL, when PARTNERSHIPRULES_POSTGRES names a database (skipped otherwise, with the
/// reason). The host is made per test, not as a class fixture, so that nothing connects when the tests are skipped.
/// </summary>
public sealed class PostgreSqlStoreTests
{
    private static async Task RunAsync(Func<PartnershipStoreHost, Task> test)
    {
        await using var host = new PostgreSqlStoreHost();
        await test(host);
    }

    [PostgreSqlFact]
    public Task Three_versions_give_a_history_and_the_reviews_between_them() => RunAsync(PartnershipStoreSuite.Three_versions_give_a_history_and_the_reviews_between_them);

    [PostgreSqlFact]
    public Task An_unreadable_case_stores_nothing_and_names_line_and_column() => RunAsync(PartnershipStoreSuite.An_unreadable_case_stores_nothing_and_names_line_and_column);

    [PostgreSqlFact]
    public Task Parallel_posts_to_one_partnership_keep_every_version() => RunAsync(PartnershipStoreSuite.Parallel_posts_to_one_partnership_keep_every_version);

    [PostgreSqlFact]
    public Task Cases_the_store_cannot_place_are_refused_and_store_nothing() => RunAsync(PartnershipStoreSuite.Cases_the_store_cannot_place_are_refused_and_store_nothing);

    [PostgreSqlFact]
    public Task Unknown_partnerships_and_versions_are_404_problems() => RunAsync(PartnershipStoreSuite.Unknown_partnerships_and_versions_are_404_problems);
}
