using Frontline.Documents;
using Frontline.Ledger;
using Frontline.Maps;
using Frontline.Places;
using Frontline.Text;

namespace Frontline.Tests;

/// <summary>
/// The responsiveness case: the whole ISW 2022 year ingested by the real extractor and the autumn 2022
/// DeepStateMap snapshots, behind the real server on a loopback port.
/// </summary>
public sealed class IswYearFixture() : ServedLedgerFixture("isw")
{
    public IngestSummary Ingested { get; private set; } = null!;

    protected override async Task FillAsync(SqliteLedger ledger, HttpClient http)
    {
        var maps = Directory.GetFiles(Path.GetDirectoryName(SharedData.Control("x"))!, "deepstate-2022-*.geojson").Order(StringComparer.Ordinal).ToList();
        await new MapImporter(new SqliteSnapshotStore(ledger, TimeProvider.System), http)
            .ImportAsync(maps, "deepstate", PublisherProfile.Builtin("deepstate")!, null, false, CancellationToken.None);
        var extractor = new RuleBasedExtractor(IndexedPlaceLinker.Load(GeoDataPaths.Locate(SharedData.Geo)));
        var ingester = new Ingester(new SqliteDocumentStore(ledger, TimeProvider.System), extractor, DocumentReadOptions.Default);
        Ingested = await ingester.IngestAsync(Directory.GetFiles(SharedData.Corpus("isw-2022"), "*.txt").Order(StringComparer.Ordinal), TextWriter.Null, TextWriter.Null, CancellationToken.None);
    }
}

/// <summary>The ISW year and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class IswYearCollection : ICollectionFixture<IswYearFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "isw-year";
}
