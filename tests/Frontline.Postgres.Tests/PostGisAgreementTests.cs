using Npgsql;
using Xunit.Abstractions;
using NpgsqlTypes;

namespace Frontline.Postgres.Tests;

/// <summary>
/// Issue 2's check of our areas: held km² on the real maps agree within 0.5 % with PostGIS's geodesic
/// <c>ST_Area(ST_Union(geom)::geography)</c> of the same polygons (those the publisher profile classes as held),
/// each side repairing and unioning them itself: Frontline's importer with NetTopologySuite, PostGIS with ST_MakeValid.
/// </summary>
public sealed class PostGisAgreementTests(PostgresServer server, ITestOutputHelper log) : PostgresDatabase(server)
{
    private const double Tolerance = 0.005;

    /// <summary>All isw and nzz files, and every fourth deepstate file (monthly from 2022-05 to 2025, daily in autumn 2022).</summary>
    public static TheoryData<string, string> Files()
    {
        var data = new TheoryData<string, string>();
        foreach (var source in new[] { "isw", "nzz" })
        {
            foreach (var (_, path) in RealSnapshots.Files(source))
            {
                data.Add(source, Path.GetFileName(path));
            }
        }
        foreach (var (_, path) in RealSnapshots.Files("deepstate").Where((_, i) => i % 4 == 0))
        {
            data.Add("deepstate", Path.GetFileName(path));
        }
        return data;
    }

    [PostgresTheory]
    [MemberData(nameof(Files))]
    public async Task Held_km2_agree_with_PostGIS_geography_area(string source, string file)
    {
        var path = Frontline.Tests.SharedData.Control(file);
        var polygons = RealSnapshots.HeldPolygons(source, path);
        Assert.NotEmpty(polygons);
        // Frontline's figure is the imported snapshot's, as `maps list` shows it.
        var ours = RealSnapshots.Load(source, path).HeldKm2;

        await using var dataSource = PostgresServer.GeometryDataSource(ConnectionString);
        await using var command = dataSource.CreateCommand(
            "SELECT ST_Area(ST_Union(ST_MakeValid(ST_SetSRID(g, 4326)))::geography) / 1e6 FROM unnest($1) AS g");
        command.Parameters.Add(new NpgsqlParameter
        {
            Value = polygons.Cast<NetTopologySuite.Geometries.Geometry>().ToArray(),
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Geometry,
        });
        var postgis = (double)(await command.ExecuteScalarAsync())!;

        log.WriteLine($"{file}: Frontline {ours:F3} km², PostGIS {postgis:F3} km², difference {ours - postgis:F3} km²");
        Assert.True(postgis > 1000, $"{file}: PostGIS found only {postgis:F1} km² held");
        Assert.True(Math.Abs(ours - postgis) <= Tolerance * postgis,
            $"{file}: Frontline {ours:F2} km², PostGIS {postgis:F2} km² ({(ours - postgis) / postgis:P3})");
    }
}
