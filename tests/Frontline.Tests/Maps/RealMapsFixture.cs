using Frontline.Ledger;
using Frontline.Maps;
using Frontline.Places;

namespace Frontline.Tests.Maps;

/// <summary>A SQLite ledger holding the real 2022-09-01..2022-11-20 maps of all three publishers, built once per test run.</summary>
public sealed class RealMapsFixture : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"frontline-maps-{Guid.NewGuid():N}.db");

    public SqliteLedger Ledger { get; private set; } = null!;

    public SqliteSnapshotStore Store { get; private set; } = null!;

    public ChangeAnalyzer Analyzer { get; private set; } = null!;

    public IReadOnlyList<SeriesRow> DeepStateSeries { get; private set; } = [];

    public string DbPath => _path;

    public async Task InitializeAsync()
    {
        Ledger = SqliteLedger.Open(_path);
        Store = new SqliteSnapshotStore(Ledger, TimeProvider.System);
        Analyzer = new ChangeAnalyzer(Terrain.Load(GeoDataPaths.Locate(SharedData.Geo)));
        using var http = new HttpClient();
        var importer = new MapImporter(Store, http);
        var folder = Path.GetDirectoryName(SharedData.Control("x"))!;
        bool InWindow(string f) => string.CompareOrdinal(Path.GetFileName(f)[^18..^8], "2022-09-01") >= 0
            && string.CompareOrdinal(Path.GetFileName(f)[^18..^8], "2022-11-20") <= 0;
        foreach (var source in new[] { "deepstate", "isw", "nzz" })
        {
            var files = Directory.GetFiles(folder, source + "-*.geojson").Where(InWindow).Order(StringComparer.Ordinal).ToList();
            await importer.ImportAsync(files, source, PublisherProfile.Builtin(source)!, null, false, default);
        }
        DeepStateSeries = await Series.ComputeAsync(Analyzer, Store, "deepstate", new DateOnly(2022, 9, 1), new DateOnly(2022, 11, 20), null, default);
    }

    public Task DisposeAsync()
    {
        Ledger.Dispose();
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(f);
        }
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class RealMapsCollection : ICollectionFixture<RealMapsFixture>
{
    public const string Name = "real maps";
}
