using Frontline.Ledger;
using Frontline.Maps;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Frontline.Postgres.Tests;

/// <summary>
/// A <c>frontline</c> process killed (SIGKILL, not an exception) while it writes leaves both ledgers consistent,
/// and running the same command again completes the work.
/// </summary>
public sealed class KilledProcessTests(PostgresServer server) : PostgresDatabase(server), IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("frontline-kill-");

    /// <summary>Forty maps of one source: the real 2022-09-01..06, repeated under later dates with their own hashes.</summary>
    private static readonly Lazy<IReadOnlyList<Snapshot>> Many = new(() =>
    {
        var real = RealSnapshots.Files("deepstate").Where(f => f.Date >= new DateOnly(2022, 9, 1)).Take(6)
            .Select(f => RealSnapshots.Load("deepstate", f.Path)).ToList();
        return Enumerable.Range(0, 40).Select(i => real[i % real.Count] with
        {
            AsOf = new DateOnly(2023, 1, 1).AddDays(i),
            ContentHash = ContentHash.Of($"{real[i % real.Count].ContentHash}/{i}"),
        }).ToList();
    });

    [PostgresFact]
    public async Task A_copy_killed_while_writing_to_postgres_leaves_both_ledgers_consistent_and_the_retry_completes()
    {
        var origin = Path.Combine(_dir.FullName, "origin.db");
        await DbCopyTests.FillSqliteAsync(origin, Many.Value);
        var originDigest = await SqliteDigestAsync(origin);
        // Migrated beforehand, so the write the child is killed in is the copy, not the schema.
        await (await PostgresLedger.OpenAsync(ConnectionString, CancellationToken.None)).DisposeAsync();

        using (var copy = FrontlineProcess.Start("db", "copy", "--from", "sqlite://" + origin, "--to", DbCopyTests.ToUrl(ConnectionString)))
        {
            await WaitForOpenWriteAsync(copy);
            copy.Kill();
        }

        // The destination holds none of the interrupted batch; the origin is as it was.
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM snapshot"));
        // The server notices the dead client and rolls its transaction back.
        for (var i = 0; i < 200 && await ScalarAsync<long>(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'frontline'") > 0; i++)
        {
            await Task.Delay(50);
        }
        Assert.Equal(0L, await ScalarAsync<long>(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'frontline'"));
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM snapshot"));
        Assert.Equal(originDigest, await SqliteDigestAsync(origin));
        Assert.Equal("ok", SqliteIntegrity(origin));

        using var retry = FrontlineProcess.Start("db", "copy", "--from", "sqlite://" + origin, "--to", DbCopyTests.ToUrl(ConnectionString));
        Assert.True(await retry.WaitAsync(TimeSpan.FromMinutes(5)) == 0, retry.Output);
        Assert.Contains("counts and hashes match", retry.Output, StringComparison.Ordinal);
        Assert.Equal(40L, await ScalarAsync<long>("SELECT count(DISTINCT content_hash) FROM snapshot"));
    }

    /// <summary>Thirty daily DeepStateMap files of September 2022: one import, one transaction.</summary>
    private static string[] September() =>
        RealSnapshots.Files("deepstate").Where(f => f.Date.Year == 2022 && f.Date.Month == 9).Select(f => f.Path).ToArray();

    [PostgresFact]
    public async Task A_maps_import_killed_while_writing_to_postgres_stores_nothing_and_the_retry_completes()
    {
        var files = September();
        await (await PostgresLedger.OpenAsync(ConnectionString, CancellationToken.None)).DisposeAsync();
        string[] args = ["maps", "import", .. files, "--source", "deepstate", "--db", DbCopyTests.ToUrl(ConnectionString)];
        using (var import = FrontlineProcess.Start(args))
        {
            await WaitForOpenWriteAsync(import);
            import.Kill();
        }
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM snapshot"));

        using var retry = FrontlineProcess.Start(args);
        Assert.True(await retry.WaitAsync(TimeSpan.FromMinutes(5)) == 0, retry.Output);
        Assert.Equal((long)files.Length, await ScalarAsync<long>("SELECT count(DISTINCT (source, as_of)) FROM snapshot"));
        Assert.Contains($"{files.Length} imported, 0 already in the ledger", retry.Output, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task A_maps_import_killed_at_any_point_leaves_the_sqlite_ledger_all_or_nothing_and_the_retry_completes()
    {
        // SQLite writes a batch this size in milliseconds at commit, too short a window to aim at, so the
        // process is killed at several points of a run timed beforehand, the last close to its end.
        var files = September().Take(12).ToArray();
        var timing = Path.Combine(_dir.FullName, "timing.db");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using (var full = FrontlineProcess.Start(["maps", "import", .. files, "--source", "deepstate", "--db", timing]))
        {
            Assert.True(await full.WaitAsync(TimeSpan.FromMinutes(5)) == 0, full.Output);
        }
        var duration = clock.Elapsed;

        var db = Path.Combine(_dir.FullName, "import.db");
        string[] args = ["maps", "import", .. files, "--source", "deepstate", "--db", db];
        foreach (var fraction in new[] { 0.5, 0.9, 0.97 })
        {
            using (var import = FrontlineProcess.Start(args))
            {
                await Task.Delay(duration * fraction);
                if (!import.HasExited)
                {
                    import.Kill();
                }
            }
            Assert.Equal("ok", SqliteIntegrity(db));
            await using var ledger = new SqliteLedgerStores(SqliteLedger.Open(db), TimeProvider.System);
            var count = (await ledger.Snapshots.ListAsync(null, CancellationToken.None)).Count;
            Assert.True(count == 0 || count == files.Length, $"killed at {fraction:P0}: {count} of {files.Length} maps stored");
        }

        using var retry = FrontlineProcess.Start(args);
        Assert.True(await retry.WaitAsync(TimeSpan.FromMinutes(5)) == 0, retry.Output);
        await using (var ledger = new SqliteLedgerStores(SqliteLedger.Open(db), TimeProvider.System))
        {
            Assert.Equal(files.Length, (await ledger.Snapshots.ListAsync(null, CancellationToken.None)).Count);
        }
        Assert.Equal(await SqliteDigestAsync(timing), await SqliteDigestAsync(db));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Delete(recursive: true);
    }

    /// <summary>Waits until the child holds an open write transaction on this test's database (it has inserted rows).</summary>
    private async Task WaitForOpenWriteAsync(FrontlineProcess process)
    {
        await using var admin = await PostgresServer.ConnectAsync(ConnectionString);
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, "frontline ended before it could be killed mid-way:\n" + process.Output);
            await using var probe = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() " +
                "AND application_name = 'frontline' AND backend_xid IS NOT NULL AND query LIKE 'INSERT INTO snapshot%'", admin);
            if ((long)(await probe.ExecuteScalarAsync())! > 0)
            {
                return;
            }
            await Task.Delay(5);
        }
        Assert.Fail("frontline never started writing:\n" + process.Output);
    }

    internal static async Task<string> SqliteDigestAsync(string path)
    {
        await using var ledger = new SqliteLedgerStores(SqliteLedger.Open(path), TimeProvider.System);
        return (await LedgerCopy.DigestAsync(ledger.Snapshots, CancellationToken.None)).Digest;
    }

    internal static string SqliteIntegrity(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }
}
