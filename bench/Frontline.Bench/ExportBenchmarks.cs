using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Frontline.Geometry;
using Frontline.Ledger;
using Frontline.Maps;
using Frontline.Reports.Exports;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;

namespace Frontline.Bench;

/// <summary>
/// Issue 8's streaming export against the usual way of writing GeoJSON with NetTopologySuite: build the whole
/// FeatureCollection, then serialise it. Same snapshots (DeepStateMap 2022-09-01..2022-11-20), same file content.
/// <c>dotnet run -c Release --project bench/Frontline.Bench -- --filter '*ExportBenchmarks*' --job short --inProcess</c>
/// </summary>
[MemoryDiagnoser]
public class ExportBenchmarks
{
    private readonly string _dir = Directory.CreateTempSubdirectory("frontline-export-bench-").FullName;
    private SqliteLedger _ledger = null!;
    private SqliteSnapshotStore _store = null!;
    private IReadOnlyList<SnapshotInfo> _infos = [];

    [GlobalSetup]
    public void Setup()
    {
        _ledger = SqliteLedger.Open(Path.Combine(_dir, "bench.db"));
        _store = new SqliteSnapshotStore(_ledger, TimeProvider.System);
        var files = Directory.GetFiles(SharedData.Path("data", "control"), "deepstate-2022-*.geojson")
            .Where(f => string.CompareOrdinal(Path.GetFileName(f), "deepstate-2022-09-01") >= 0 && string.CompareOrdinal(Path.GetFileName(f), "deepstate-2022-11-21") < 0)
            .Order(StringComparer.Ordinal).ToList();
        using var http = new HttpClient();
        new MapImporter(_store, http).ImportAsync(files, "deepstate", PublisherProfile.Builtin("deepstate")!, null, false, default).GetAwaiter().GetResult();
        _infos = _store.ListAsync("deepstate", default).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _ledger.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    [Benchmark(Baseline = true)]
    public async Task<long> Export_SnapshotsWholeCollection()
    {
        var features = new FeatureCollection();
        foreach (var info in _infos)
        {
            var s = (await _store.InForceAsync(info.Source, info.AsOf, default))!;
            features.Add(new Feature(s.Held, new AttributesTable { { "source", s.Source }, { "as_of", info.AsOf.ToString("yyyy-MM-dd", null) }, { "status", "held" }, { "km2", s.HeldKm2 } }));
            features.Add(new Feature(s.Contested, new AttributesTable { { "source", s.Source }, { "as_of", info.AsOf.ToString("yyyy-MM-dd", null) }, { "status", "contested" }, { "km2", s.ContestedKm2 } }));
        }
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory(Geo.Factory));
        var path = Path.Combine(_dir, "whole.geojson");
        await using (var stream = File.Create(path))
        {
            await JsonSerializer.SerializeAsync(stream, features, options);
        }
        return new FileInfo(path).Length;
    }

    [Benchmark]
    public async Task<long> Export_SnapshotsStreamed() =>
        await Exporter.WriteAsync(Path.Combine(_dir, "streamed.geojson"), "geojson", false, MapExports.SnapshotLayer,
            MapExports.SnapshotsAsync(_store, _infos, default), null, default);

    [Benchmark]
    public async Task<long> Export_SnapshotsGeoPackage() =>
        await Exporter.WriteAsync(Path.Combine(_dir, "streamed.gpkg"), "gpkg", false, MapExports.SnapshotLayer,
            MapExports.SnapshotsAsync(_store, _infos, default), null, default);
}
