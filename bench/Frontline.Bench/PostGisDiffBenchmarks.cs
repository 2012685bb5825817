using BenchmarkDotNet.Attributes;
using Frontline.Geometry;
using Frontline.Maps;
using Frontline.Postgres;
using Frontline.Postgres.Tests;
using NpgsqlTypes;

namespace Frontline.Bench;

/// <summary>
/// Issue 2's peer: the held-area difference of one consecutive DeepStateMap pair (2022-09-10 → 2022-09-11, the
/// Kharkiv breakthrough) and its km², in PostGIS (<c>ST_Difference</c> + <c>ST_Area(geography)</c>, the baseline)
/// and in process: our whole diff as <c>maps diff</c> computes it, its areas alone, and the areas by a whole-map
/// overlay (what the diff did before it worked only where the maps differ), all measured in the same run.
/// </summary>
[Config(typeof(InProcessShortConfig))]
public class PostGisDiffBenchmarks
{
    private BenchPostgres _postgres = null!;
    private PostgresLedger _ledger = null!;
    private Snapshot _from = null!;
    private Snapshot _to = null!;
    private Terrain _terrain = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var from = RealSnapshots.Load("deepstate", SharedData.Path("data", "control", "deepstate-2022-09-10.geojson"));
        var to = RealSnapshots.Load("deepstate", SharedData.Path("data", "control", "deepstate-2022-09-11.geojson"));
        _postgres = await BenchPostgres.StartAsync("bench_diff");
        _ledger = await PostgresLedger.OpenAsync(_postgres.ConnectionString, CancellationToken.None);
        var store = new PostgresSnapshotStore(_ledger, TimeProvider.System);
        await store.AddAsync([from, to], false, CancellationToken.None);
        // Both sides work on the stored maps, as `maps diff` does.
        _from = (await store.InForceAsync("deepstate", from.AsOf, CancellationToken.None))!;
        _to = (await store.InForceAsync("deepstate", to.AsOf, CancellationToken.None))!;
        _terrain = Terrain.Load(Frontline.Places.GeoDataPaths.Locate(SharedData.Path("data", "geo")));
        var (gained, lost) = Diff_NtsAreasOnly();
        var (pgGained, pgLost) = await Diff_PostGisStored();
        Console.WriteLine($"// 2022-09-10 → 2022-09-11: NTS gained {gained:F2} lost {lost:F2} km²; PostGIS gained {pgGained:F2} lost {pgLost:F2} km²");
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _ledger.DisposeAsync();
        await _postgres.DisposeAsync();
    }

    /// <summary>The whole diff from a fresh analyzer (nothing cached): areas, by oblast, deepest advance, settlements.</summary>
    [Benchmark]
    public Change Diff_Frontline() => new ChangeAnalyzer(_terrain).Diff(_from, _to, _from.AsOf, _to.AsOf);

    /// <summary>Gained and lost km² in process: both areas projected to the equal-area plane, overlaid only where they differ.</summary>
    [Benchmark]
    public (double Gained, double Lost) Diff_NtsAreasOnly()
    {
        var (lost, gained, _) = LocalOverlay.Differences(EqualArea.Project(_from.Held), EqualArea.Project(_to.Held));
        return (gained.Area / 1e6, lost.Area / 1e6);
    }

    /// <summary>The same by whole-map overlays (OverlayNG on both complete areas), for comparison.</summary>
    [Benchmark]
    public (double Gained, double Lost) Diff_Nts()
    {
        var a = EqualArea.Project(_from.Held);
        var b = EqualArea.Project(_to.Held);
        return (RobustOverlay.Difference(b, a).Area / 1e6, RobustOverlay.Difference(a, b).Area / 1e6);
    }

    /// <summary>The same in PostGIS on the two stored rows: what a server on PostgreSQL would run.</summary>
    [Benchmark(Baseline = true)]
    public async Task<(double Gained, double Lost)> Diff_PostGisStored()
    {
        await using var command = _ledger.DataSource.CreateCommand("""
            SELECT ST_Area(ST_Difference(b.held, a.held)::geography) / 1e6, ST_Area(ST_Difference(a.held, b.held)::geography) / 1e6
            FROM snapshot a, snapshot b WHERE a.as_of = $1 AND b.as_of = $2 AND a.source = 'deepstate' AND b.source = 'deepstate'
            """);
        command.Parameters.AddWithValue(_from.AsOf);
        command.Parameters.AddWithValue(_to.AsOf);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetDouble(0), reader.GetDouble(1));
    }

    /// <summary>PostGIS on the two areas sent from the client, transfer included.</summary>
    [Benchmark]
    public async Task<(double Gained, double Lost)> Diff_PostGisSent()
    {
        await using var command = _ledger.DataSource.CreateCommand(
            "SELECT ST_Area(ST_Difference($2, $1)::geography) / 1e6, ST_Area(ST_Difference($1, $2)::geography) / 1e6");
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = _from.Held, NpgsqlDbType = NpgsqlDbType.Geometry });
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = _to.Held, NpgsqlDbType = NpgsqlDbType.Geometry });
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetDouble(0), reader.GetDouble(1));
    }
}
