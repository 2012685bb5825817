using Frontline.Cli;
using Frontline.Ledger;
using Frontline.Maps;
using Microsoft.Extensions.Time.Testing;

namespace Frontline.Postgres.Tests;

/// <summary><c>frontline db copy</c> moves a whole ledger; counts, hashes and geometries match afterwards.</summary>
public sealed class DbCopyTests(PostgresServer server) : PostgresDatabase(server), IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("frontline-copy-");

    private static readonly Lazy<IReadOnlyList<Snapshot>> Real = new(() =>
        new[] { "deepstate-2022-09-01", "deepstate-2022-09-12", "isw-2022-09-01", "isw-2022-11-16", "nzz-2022-11-14" }
            .Select(f => RealSnapshots.Load(f[..f.IndexOf('-', StringComparison.Ordinal)], Frontline.Tests.SharedData.Control(f + ".geojson")))
            .ToList());

    [PostgresFact]
    public async Task Copy_from_sqlite_to_postgres_and_back_keeps_every_snapshot()
    {
        var origin = Path.Combine(_dir.FullName, "a.db");
        await FillSqliteAsync(origin, Real.Value);

        var (code, output, error) = await RunAsync("db", "copy", "--from", "sqlite://" + origin, "--to", ToUrl(ConnectionString));
        Assert.True(code == 0, output + error);
        Assert.Contains("counts and hashes match", output, StringComparison.Ordinal);
        Assert.Contains("snapshots: 5 in origin, 5 in destination", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", output, StringComparison.OrdinalIgnoreCase);

        await using (var postgres = await LedgerFactory.OpenAsync(ConnectionString, TimeProvider.System, CancellationToken.None))
        {
            Assert.Equal("postgres", postgres.Kind);
            foreach (var map in Real.Value)
            {
                var stored = await postgres.Snapshots.InForceAsync(map.Source, map.AsOf, CancellationToken.None);
                Assert.Equal(map.ContentHash, stored!.ContentHash);
                Assert.True(map.Held.EqualsExact(stored.Held), $"{map.Source} {map.AsOf}: held area changed in the copy");
                Assert.True(map.Contested.EqualsExact(stored.Contested));
                Assert.Equal(map.HeldKm2, stored.HeldKm2);
            }
        }

        // Again: nothing new, still matching. Then back into a new SQLite file.
        (code, output, _) = await RunAsync("db", "copy", "--from", origin, "--to", ConnectionString);
        Assert.Equal(0, code);
        Assert.Matches(@"deepstate\s+2\s+0", output);
        var back = Path.Combine(_dir.FullName, "back.db");
        (code, output, error) = await RunAsync("db", "copy", "--from", ConnectionString, "--to", "sqlite://" + back);
        Assert.True(code == 0, output + error);
        Assert.Contains("counts and hashes match", output, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Copy_into_a_ledger_holding_other_maps_reports_the_mismatch()
    {
        var origin = Path.Combine(_dir.FullName, "small.db");
        await FillSqliteAsync(origin, Real.Value.Take(1).ToList());
        await using (var postgres = await LedgerFactory.OpenAsync(ConnectionString, TimeProvider.System, CancellationToken.None))
        {
            await postgres.Snapshots.AddAsync([Real.Value[^1]], false, CancellationToken.None);
        }
        var (code, _, error) = await RunAsync("db", "copy", "--from", origin, "--to", ConnectionString);
        Assert.Equal(1, code);
        Assert.Contains("does not hold exactly", error, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task A_missing_origin_is_an_argument_error()
    {
        var (code, _, error) = await RunAsync("db", "copy", "--from", Path.Combine(_dir.FullName, "none.db"), "--to", ConnectionString);
        Assert.Equal(2, code);
        Assert.Contains("no SQLite ledger", error, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Delete(recursive: true);

    internal static async Task FillSqliteAsync(string path, IReadOnlyList<Snapshot> maps)
    {
        using var ledger = SqliteLedger.Open(path);
        var store = new SqliteSnapshotStore(ledger, new FakeTimeProvider());
        foreach (var group in maps.GroupBy(m => m.Source))
        {
            await store.AddAsync(group.ToList(), false, CancellationToken.None);
        }
    }

    /// <summary>The test database as a postgres:// URL, as a user would type it.</summary>
    internal static string ToUrl(string connectionString)
    {
        var b = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var password = string.IsNullOrEmpty(b.Password) ? "" : ":" + Uri.EscapeDataString(b.Password);
        return $"postgres://{Uri.EscapeDataString(b.Username ?? "")}{password}@{b.Host}:{b.Port}/{b.Database}";
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await FrontlineCommand.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
