using System.Collections.Concurrent;
using Frontline.Maps;
using Frontline.Tests;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Frontline.Postgres.Tests;

/// <summary>Several writers on one PostgreSQL ledger: nothing lost, nothing duplicated, nothing seen half-done.</summary>
public sealed class ConcurrentWriterTests(PostgresServer server) : PostgresDatabase(server)
{
    private static readonly Lazy<IReadOnlyList<Snapshot>> Real = new(() =>
        RealSnapshots.Files("deepstate").Where(f => f.Date >= new DateOnly(2022, 9, 1)).Take(6)
            .Select(f => RealSnapshots.Load("deepstate", f.Path)).ToList());

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero));

    /// <summary>Many snapshots: the real six, repeated under later dates with their own hashes, so an import takes a while.</summary>
    private static IReadOnlyList<Snapshot> Many(int count) =>
        Enumerable.Range(0, count).Select(i =>
        {
            var s = Real.Value[i % Real.Value.Count];
            return s with { AsOf = new DateOnly(2023, 1, 1).AddDays(i), ContentHash = Ledger.ContentHash.Of($"{s.ContentHash}/{i}") };
        }).ToList();

    [PostgresFact]
    public async Task Two_imports_at_once_of_overlapping_maps_store_each_map_once()
    {
        await using var first = await PostgresLedger.OpenAsync(ConnectionString, CancellationToken.None);
        await using var second = await PostgresLedger.OpenAsync(ConnectionString, CancellationToken.None);
        var a = Real.Value.Take(4).ToList();
        var b = Real.Value.Skip(2).Reverse().ToList();
        var results = await Task.WhenAll(
            Task.Run(() => new PostgresSnapshotStore(first, _clock).AddAsync(a, false, CancellationToken.None)),
            Task.Run(() => new PostgresSnapshotStore(second, _clock).AddAsync(b, false, CancellationToken.None)));

        Assert.Equal(Real.Value.Count, results.Sum(r => r.Count(added => added)));
        var stored = await new PostgresSnapshotStore(first, _clock).ListAsync(null, CancellationToken.None);
        Assert.Equal(Real.Value.Select(s => s.ContentHash).Order(), stored.Select(s => s.ContentHash).Order());
    }

    [PostgresFact]
    public async Task A_reader_never_sees_half_an_import()
    {
        var batch = Many(24);
        await using var writer = await PostgresLedger.OpenAsync(ConnectionString, CancellationToken.None);
        await using var reader = await PostgresLedger.OpenAsync(ConnectionString, CancellationToken.None);
        var seen = new ConcurrentBag<int>();
        var import = Task.Run(() => new PostgresSnapshotStore(writer, _clock).AddAsync(batch, false, CancellationToken.None));
        var readers = new PostgresSnapshotStore(reader, _clock);
        while (!import.IsCompleted)
        {
            seen.Add((await readers.ListAsync(null, CancellationToken.None)).Count);
        }
        await import;
        seen.Add((await readers.ListAsync(null, CancellationToken.None)).Count);
        Assert.Contains(0, seen);
        Assert.All(seen, count => Assert.True(count is 0 or 24, $"a reader saw {count} of 24 snapshots"));
    }

    [PostgresFact]
    public async Task A_connection_dropped_mid_import_is_reported_and_stores_nothing_and_the_retry_completes()
    {
        var batch = Many(40);
        await using var ledger = await PostgresLedger.OpenAsync(ConnectionString, CancellationToken.None);
        var store = new PostgresSnapshotStore(ledger, _clock);
        var import = Task.Run(() => store.AddAsync(batch, false, CancellationToken.None));

        // Wait until the import's transaction has written rows, then kill its server process.
        var terminated = false;
        await using (var admin = await PostgresServer.ConnectAsync(ConnectionString))
        {
            while (!terminated && !import.IsCompleted)
            {
                await using var kill = new NpgsqlCommand(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity " +
                    "WHERE application_name = 'frontline' AND datname = current_database() AND backend_xid IS NOT NULL", admin);
                terminated = await kill.ExecuteScalarAsync() is true;
            }
        }
        Assert.True(terminated, "the import finished before its connection could be dropped; make the batch larger");
        var error = await Assert.ThrowsAnyAsync<Exception>(() => import);
        Assert.IsType<LedgerWriteException>(error);
        Assert.Contains("importing again is safe", error.Message, StringComparison.Ordinal);

        var afterDrop = await ScalarAsync<long>("SELECT count(*) FROM snapshot");
        Assert.Equal(0, afterDrop);

        NpgsqlConnection.ClearAllPools();
        var retry = await store.AddAsync(batch, false, CancellationToken.None);
        Assert.All(retry, Assert.True);
        Assert.Equal(40, await ScalarAsync<long>("SELECT count(DISTINCT content_hash) FROM snapshot"));
    }
}
