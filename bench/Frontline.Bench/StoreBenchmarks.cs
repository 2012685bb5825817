using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Frontline.Ledger;
using Frontline.Maps;
using Frontline.Places;
using Frontline.Postgres;
using Frontline.Postgres.Tests;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Frontline.Bench;

/// <summary>
/// The two ledgers side by side on the 2022 DeepStateMap snapshots (daily 2022-09-01..2022-11-20): load time,
/// size, and the latency of the queries the API asks most (a map in force, the list, a point's status, km² by
/// oblast, the held area in a map view). SQLite answers spatial queries in process, PostgreSQL in PostGIS.
/// </summary>
/// <remarks>
/// In process so the parsed maps are read once for every case. Load and size of the whole set are printed by
/// the setup (<c>// store …</c> lines); <see cref="Load_September"/> times loading 20 maps into an empty store.
/// </remarks>
[Config(typeof(InProcessShortConfig))]
public class StoreBenchmarks
{
    private static readonly Lazy<IReadOnlyList<Snapshot>> Maps2022 = new(() =>
        RealSnapshots.Files("deepstate")
            .Where(f => f.Date >= new DateOnly(2022, 9, 1) && f.Date <= new DateOnly(2022, 11, 20))
            .Select(f => RealSnapshots.Load("deepstate", f.Path)).ToList());

    private static readonly Lazy<OblastMap> Oblasts = new(() => OblastMap.Load(SharedData.Path("data", "geo", "ua_oblasts.geojson")));
    private static readonly Envelope Izium = new(36.5, 38.0, 48.9, 49.8);

    private BenchPostgres? _postgres;
    private string _dir = "";
    private ILedger _filled = null!;
    private ILedger _target = null!;
    private ISnapshotQueries _queries = null!;
    private IReadOnlyList<Snapshot> _september = [];

    [Params("sqlite", "postgres")]
    public string Store { get; set; } = "sqlite";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var maps = Maps2022.Value;
        _september = maps.Where(m => m.AsOf.Month == 9).Take(20).ToList();
        _dir = Directory.CreateTempSubdirectory("frontline-bench-").FullName;
        string filled, target;
        if (Store == "postgres")
        {
            _postgres = await BenchPostgres.StartAsync("bench_store");
            filled = _postgres.ConnectionString;
            await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(filled) { Database = "postgres" }.ConnectionString))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand("CREATE DATABASE bench_load", admin);
                await create.ExecuteNonQueryAsync();
            }
            target = new NpgsqlConnectionStringBuilder(filled) { Database = "bench_load" }.ConnectionString;
        }
        else
        {
            filled = Path.Combine(_dir, "filled.db");
            target = Path.Combine(_dir, "load.db");
        }
        _filled = await LedgerFactory.OpenAsync(filled, TimeProvider.System, CancellationToken.None);
        _target = await LedgerFactory.OpenAsync(target, TimeProvider.System, CancellationToken.None);
        var clock = Stopwatch.StartNew();
        await _filled.Snapshots.AddAsync(maps, false, CancellationToken.None);
        var loaded = clock.Elapsed;
        _queries = _filled.SnapshotQueries(Oblasts.Value);
        await _queries.AreaByOblastAsync("deepstate", new DateOnly(2022, 9, 1), CancellationToken.None); // loads PostGIS's oblast table once
        Console.WriteLine($"// store {Store}: {maps.Count} maps loaded in {loaded.TotalSeconds:F2} s; size {await SizeAsync(filled) / 1e6:F1} MB");
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _filled.DisposeAsync();
        await _target.DisposeAsync();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
        Directory.Delete(_dir, recursive: true);
    }

    [IterationSetup(Target = nameof(Load_September))]
    public void EmptyTarget()
    {
        if (_target is PostgresLedgerStores postgres)
        {
            using var truncate = postgres.Database.DataSource.CreateCommand("TRUNCATE snapshot");
            truncate.ExecuteNonQuery();
        }
        else if (_target is SqliteLedgerStores sqlite)
        {
            using var delete = sqlite.Database.Command("DELETE FROM snapshot");
            delete.ExecuteNonQuery();
        }
    }

    /// <summary>20 daily maps (September 2022) into an empty store, one transaction.</summary>
    [Benchmark]
    public Task<IReadOnlyList<bool>> Load_September() => _target.Snapshots.AddAsync(_september, false, CancellationToken.None);

    [Benchmark]
    public Task<IReadOnlyList<SnapshotInfo>> List_All() => _filled.Snapshots.ListAsync(null, CancellationToken.None);

    /// <summary>The whole map in force on a date, geometry included (what a diff reads twice).</summary>
    [Benchmark]
    public Task<Snapshot?> InForce_OneDay() => _filled.Snapshots.InForceAsync("deepstate", new DateOnly(2022, 10, 15), CancellationToken.None);

    /// <summary>Point in polygon: Kherson city on 2022-11-01.</summary>
    [Benchmark]
    public Task<ControlStatus?> StatusAt_Kherson() =>
        _queries.StatusAtAsync("deepstate", new DateOnly(2022, 11, 1), 32.6178, 46.6354, CancellationToken.None);

    [Benchmark]
    public Task<IReadOnlyList<OblastArea>> AreaByOblast_OneDay() =>
        _queries.AreaByOblastAsync("deepstate", new DateOnly(2022, 10, 15), CancellationToken.None);

    /// <summary>The held area in a map view around Izium, clipped.</summary>
    [Benchmark]
    public Task<MultiPolygon> HeldInBox_Izium() =>
        _queries.HeldInBoxAsync("deepstate", new DateOnly(2022, 9, 1), Izium, CancellationToken.None);

    private async Task<long> SizeAsync(string filled)
    {
        if (_postgres is null)
        {
            if (_filled is SqliteLedgerStores sqlite)
            {
                using var checkpoint = sqlite.Database.Command("PRAGMA wal_checkpoint(TRUNCATE)");
                checkpoint.ExecuteNonQuery();
            }
            return new FileInfo(filled).Length;
        }
        await using var connection = new NpgsqlConnection(filled);
        await connection.OpenAsync();
        await using var size = new NpgsqlCommand("SELECT pg_total_relation_size('snapshot')", connection);
        return (long)(await size.ExecuteScalarAsync())!;
    }
}
