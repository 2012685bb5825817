using Frontline.Documents;
using Frontline.Ledger;
using Frontline.Maps;
using Frontline.Places;
using Frontline.Server;
using Frontline.Text;
using Microsoft.AspNetCore.Builder;

namespace Frontline.Tests;

/// <summary>
/// The responsiveness case: the whole ISW 2022 year ingested by the real extractor and the autumn 2022
/// DeepStateMap snapshots, behind the real server on a loopback port.
/// </summary>
public sealed class IswYearFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public string DbPath { get; } = Path.Combine(Path.GetTempPath(), $"frontline-isw-{Guid.NewGuid():N}.db");

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public IngestSummary Ingested { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using (var ledger = SqliteLedger.Open(DbPath))
        using (var http = new HttpClient())
        {
            var maps = Directory.GetFiles(Path.GetDirectoryName(SharedData.Control("x"))!, "deepstate-2022-*.geojson").Order(StringComparer.Ordinal).ToList();
            await new MapImporter(new SqliteSnapshotStore(ledger, TimeProvider.System), http)
                .ImportAsync(maps, "deepstate", PublisherProfile.Builtin("deepstate")!, null, false, CancellationToken.None);
            var extractor = new RuleBasedExtractor(IndexedPlaceLinker.Load(GeoDataPaths.Locate(SharedData.Geo)));
            var ingester = new Ingester(new SqliteDocumentStore(ledger, TimeProvider.System), extractor, DocumentReadOptions.Default);
            Ingested = await ingester.IngestAsync(Directory.GetFiles(SharedData.Corpus("isw-2022"), "*.txt").Order(StringComparer.Ordinal), TextWriter.Null, TextWriter.Null, CancellationToken.None);
        }
        _app = FrontlineServer.Build(new ServerOptions("http://127.0.0.1:0", DbPath, SharedData.Geo));
        await _app.StartAsync();
        BaseAddress = new Uri(FrontlineServer.Addresses(_app)[0]);
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DbPath + suffix);
        }
    }
}

/// <summary>The ISW year and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class IswYearCollection : ICollectionFixture<IswYearFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "isw-year";
}
