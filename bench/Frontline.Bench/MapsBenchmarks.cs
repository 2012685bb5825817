using BenchmarkDotNet.Attributes;
using Frontline.Ledger;
using Frontline.Maps;
using Frontline.Places;

namespace Frontline.Bench;

/// <summary>
/// Issue 2's figures: import one snapshot, one consecutive-pair diff, the whole 2022-09-01..2022-11-20 series.
/// The PostGIS peer (ST_Difference + ST_Area(geography) on the same pair) is <c>PostGisDiffBenchmarks</c>; run both
/// in one invocation: <c>dotnet run -c Release --project bench/Frontline.Bench -- --filter '*Diff*' '*Maps*'</c>.
/// </summary>
[MemoryDiagnoser]
public class MapsBenchmarks
{
    private readonly string _dir = Directory.CreateTempSubdirectory("frontline-bench-").FullName;
    private SqliteLedger _ledger = null!;
    private SqliteSnapshotStore _store = null!;
    private Terrain _terrain = null!;
    private Snapshot _from = null!;
    private Snapshot _to = null!;
    private byte[] _file = [];

    [GlobalSetup]
    public void Setup()
    {
        _terrain = Terrain.Load(GeoDataPaths.Locate(SharedData.Path("data", "geo")));
        _ledger = SqliteLedger.Open(Path.Combine(_dir, "bench.db"));
        _store = new SqliteSnapshotStore(_ledger, TimeProvider.System);
        var files = Directory.GetFiles(SharedData.Path("data", "control"), "deepstate-2022-*.geojson")
            .Where(f => string.CompareOrdinal(Path.GetFileName(f), "deepstate-2022-09-01") >= 0 && string.CompareOrdinal(Path.GetFileName(f), "deepstate-2022-11-21") < 0)
            .Order(StringComparer.Ordinal).ToList();
        using var http = new HttpClient();
        new MapImporter(_store, http).ImportAsync(files, "deepstate", PublisherProfile.Builtin("deepstate")!, null, false, default).GetAwaiter().GetResult();
        _from = _store.InForceAsync("deepstate", new DateOnly(2022, 9, 10), default).GetAwaiter().GetResult()!;
        _to = _store.InForceAsync("deepstate", new DateOnly(2022, 9, 11), default).GetAwaiter().GetResult()!;
        _file = File.ReadAllBytes(SharedData.Path("data", "control", "deepstate-2022-09-11.geojson"));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _ledger.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>Parse, classify, repair, union and measure one DeepStateMap file (no store write).</summary>
    [Benchmark]
    public Snapshot Import_OneSnapshot() =>
        SnapshotBuilder.Build(MapFileReader.Read(_file, "bench"), PublisherProfile.Builtin("deepstate")!, "deepstate",
            new DateOnly(2022, 9, 11), "bench", "bench");

    /// <summary>One consecutive pair from scratch (a fresh analyzer: projections, front lines near the change, settlements).</summary>
    [Benchmark]
    public Change Diff_ConsecutivePair() => new ChangeAnalyzer(_terrain).Diff(_from, _to, _from.AsOf, _to.AsOf);

    /// <summary>Areas only, the same work PostGIS's ST_Difference + ST_Area(geography) does (overlaid where the maps differ).</summary>
    [Benchmark]
    public double Diff_ConsecutivePairAreasOnly()
    {
        var (ua, ru, _) = Frontline.Geometry.LocalOverlay.Differences(
            Frontline.Geometry.EqualArea.Project(_from.Held), Frontline.Geometry.EqualArea.Project(_to.Held));
        return ua.Area + ru.Area;
    }

    /// <summary>All 75 consecutive pairs of 2022-09-01..2022-11-20, from scratch.</summary>
    [Benchmark]
    public int Series_2022Autumn() =>
        Series.ComputeAsync(new ChangeAnalyzer(_terrain), _store, "deepstate", new DateOnly(2022, 9, 1), new DateOnly(2022, 11, 20), null, default)
            .GetAwaiter().GetResult().Count;
}
