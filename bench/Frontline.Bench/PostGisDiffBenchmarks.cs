using BenchmarkDotNet.Attributes;
using Frontline.Geometry;
using Frontline.Maps;
using Frontline.Postgres;
using Frontline.Postgres.Tests;
using NpgsqlTypes;

namespace Frontline.Bench;

/// <summary>
/// Issue 2's peer: the held-area difference of one consecutive DeepStateMap pair (2022-09-10 → 2022-09-11, the
/// Kharkiv breakthrough) and its km², in process with NetTopologySuite and in PostGIS
/// (<c>ST_Difference</c> + <c>ST_Area(geography)</c>), measured in the same run.
/// </summary>
[InProcess]
public class PostGisDiffBenchmarks
{
    private BenchPostgres _postgres = null!;
    private PostgresLedger _ledger = null!;
    private Snapshot _from = null!;
    private Snapshot _to = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _from = RealSnapshots.Load("deepstate", SharedData.Path("data", "control", "deepstate-2022-09-10.geojson"));
        _to = RealSnapshots.Load("deepstate", SharedData.Path("data", "control", "deepstate-2022-09-11.geojson"));
        _postgres = await BenchPostgres.StartAsync("bench_diff");
        _ledger = await PostgresLedger.OpenAsync(_postgres.ConnectionString, CancellationToken.None);
        await new PostgresSnapshotStore(_ledger, TimeProvider.System).AddAsync([_from, _to], false, CancellationToken.None);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _ledger.DisposeAsync();
        await _postgres.DisposeAsync();
    }

    /// <summary>Gained and lost km² with NetTopologySuite's OverlayNG and the equal-area projection.</summary>
    [Benchmark(Baseline = true)]
    public (double Gained, double Lost) Diff_Nts() =>
        (EqualArea.AreaKm2(_to.Held.Difference(_from.Held)), EqualArea.AreaKm2(_from.Held.Difference(_to.Held)));

    /// <summary>The same in PostGIS on the two stored rows: what a server on PostgreSQL would run.</summary>
    [Benchmark]
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
