namespace Frontline.Postgres.Tests;

/// <summary>Versioned migrations run on open, once, even when several processes open a fresh database at once.</summary>
public sealed class MigrationTests(PostgresServer server) : PostgresDatabase(server)
{
    [PostgresFact]
    public async Task Concurrent_opens_of_a_fresh_database_apply_each_migration_once()
    {
        var ledgers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => PostgresLedger.OpenAsync(ConnectionString, CancellationToken.None))));
        var applied = await ledgers[0].AppliedMigrationsAsync(CancellationToken.None);
        Assert.Equal(PostgresMigrations.All.Select(m => m.Id), applied);
        foreach (var ledger in ledgers)
        {
            await ledger.DisposeAsync();
        }
        await using var again = await PostgresLedger.OpenAsync(ConnectionString, CancellationToken.None);
        Assert.Equal(applied, await again.AppliedMigrationsAsync(CancellationToken.None));
    }

    [PostgresFact]
    public async Task Geometry_columns_are_typed_with_srid_4326_and_gist_indexed()
    {
        await (await PostgresLedger.OpenAsync(ConnectionString, CancellationToken.None)).DisposeAsync();
        Assert.Equal(3L, await ScalarAsync<long>(
            "SELECT count(*) FROM geometry_columns WHERE f_table_name = 'snapshot' AND srid = 4326 AND type = 'MULTIPOLYGON'"));
        Assert.Equal(2L, await ScalarAsync<long>(
            "SELECT count(*) FROM pg_indexes WHERE tablename = 'snapshot' AND indexdef LIKE '%USING gist%'"));
        Assert.Equal(1L, await ScalarAsync<long>(
            "SELECT count(*) FROM pg_constraint WHERE conname = 'snapshot_source_date' AND contype = 'u'"));
    }
}
