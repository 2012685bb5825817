using Frontline.Geometry;
using Frontline.Ledger;
using Frontline.Maps;
using Frontline.Places;
using Microsoft.Extensions.Time.Testing;
using NetTopologySuite.Geometries;

namespace Frontline.Postgres.Tests;

/// <summary>PostGIS answers the spatial queries as the embedded ledger does: areas within 0.5 %, the same statuses.</summary>
public sealed class StoreAgreementTests(PostgresServer server) : PostgresDatabase(server)
{
    private static readonly string[] Files = ["deepstate-2022-09-01", "deepstate-2022-11-13", "isw-2022-09-12", "nzz-2022-10-07"];
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("frontline-agree-");
    private ISnapshotQueries _sqlite = null!;
    private ISnapshotQueries _postgres = null!;
    private SqliteLedger? _sqliteLedger;
    private PostgresLedger? _postgresLedger;
    private IReadOnlyList<Snapshot> _maps = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _maps = Files.Select(f => RealSnapshots.Load(f[..f.IndexOf('-', StringComparison.Ordinal)], Frontline.Tests.SharedData.Control(f + ".geojson")))
            .ToList();
        var clock = new FakeTimeProvider();
        var oblasts = OblastMap.Load(Path.Combine(Frontline.Tests.SharedData.Geo, "ua_oblasts.geojson"));
        _sqliteLedger = SqliteLedger.Open(Path.Combine(_dir.FullName, "a.db"));
        var sqliteStore = new SqliteSnapshotStore(_sqliteLedger, clock);
        _postgresLedger = await PostgresLedger.OpenAsync(ConnectionString, CancellationToken.None);
        var postgresStore = new PostgresSnapshotStore(_postgresLedger, clock);
        foreach (var group in _maps.GroupBy(m => m.Source))
        {
            await sqliteStore.AddAsync(group.ToList(), false, CancellationToken.None);
            await postgresStore.AddAsync(group.ToList(), false, CancellationToken.None);
        }
        _sqlite = new NtsSnapshotQueries(sqliteStore, oblasts);
        _postgres = new PostGisSnapshotQueries(_postgresLedger, oblasts);
    }

    public override async Task DisposeAsync()
    {
        _sqliteLedger?.Dispose();
        if (_postgresLedger is not null)
        {
            await _postgresLedger.DisposeAsync();
        }
        _dir.Delete(recursive: true);
        await base.DisposeAsync();
    }

    public static TheoryData<int> Maps() => new(Enumerable.Range(0, Files.Length));

    [PostgresTheory]
    [MemberData(nameof(Maps))]
    public async Task Area_by_oblast_agrees_within_half_a_percent(int map)
    {
        var (source, date) = (_maps[map].Source, _maps[map].AsOf);
        var ours = await _sqlite.AreaByOblastAsync(source, date, CancellationToken.None);
        var postgis = await _postgres.AreaByOblastAsync(source, date, CancellationToken.None);
        // Slivers of a few hundred m² along an oblast border can show on one side only.
        static IEnumerable<OblastArea> Material(IEnumerable<OblastArea> areas) => areas.Where(a => a.HeldKm2 + a.ContestedKm2 > 0.05);
        Assert.Equal(Material(ours).Select(a => a.Oblast), Material(postgis).Select(a => a.Oblast));
        foreach (var (a, b) in ours.Join(postgis, a => a.Oblast, b => b.Oblast, (a, b) => (a, b)))
        {
            Assert.True(Close(a.HeldKm2, b.HeldKm2), $"{Files[map]} {a.Oblast} held: SQLite {a.HeldKm2:F3} km², PostGIS {b.HeldKm2:F3} km²");
            Assert.True(Close(a.ContestedKm2, b.ContestedKm2), $"{Files[map]} {a.Oblast} contested: SQLite {a.ContestedKm2:F3}, PostGIS {b.ContestedKm2:F3}");
        }
    }

    [PostgresTheory]
    [MemberData(nameof(Maps))]
    public async Task Held_in_box_agrees_within_half_a_percent(int map)
    {
        var (source, date) = (_maps[map].Source, _maps[map].AsOf);
        foreach (var box in new[] { new Envelope(36.5, 38.0, 48.9, 49.8), new Envelope(32.0, 34.0, 46.3, 47.3), new Envelope(37.0, 40.0, 47.0, 48.5) })
        {
            var ours = EqualArea.AreaKm2(await _sqlite.HeldInBoxAsync(source, date, box, CancellationToken.None));
            var postgis = EqualArea.AreaKm2(await _postgres.HeldInBoxAsync(source, date, box, CancellationToken.None));
            Assert.True(Close(ours, postgis), $"{Files[map]} {box}: SQLite {ours:F3} km², PostGIS {postgis:F3} km²");
        }
    }

    [PostgresTheory]
    [MemberData(nameof(Maps))]
    public async Task Point_status_agrees_on_a_grid_over_the_front(int map)
    {
        var (source, date) = (_maps[map].Source, _maps[map].AsOf);
        var differences = new List<string>();
        var held = 0;
        // A 0.25° grid over the south and east, where the front ran in 2022: 20 × 16 points.
        for (var lon = 32.01; lon < 37.0; lon += 0.25)
        {
            for (var lat = 45.51; lat < 49.5; lat += 0.25)
            {
                var a = await _sqlite.StatusAtAsync(source, date, lon, lat, CancellationToken.None);
                var b = await _postgres.StatusAtAsync(source, date, lon, lat, CancellationToken.None);
                held += a == ControlStatus.Held ? 1 : 0;
                if (a != b)
                {
                    differences.Add($"{lon:F2} {lat:F2}: SQLite {a}, PostGIS {b}");
                }
            }
        }
        Assert.Empty(differences);
        Assert.InRange(held, 40, 300);
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= Math.Max(0.005 * Math.Max(a, b), 0.05);
}
