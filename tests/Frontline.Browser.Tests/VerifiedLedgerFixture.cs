using Frontline.Documents;
using Frontline.Ledger;
using Frontline.Maps;
using Frontline.Places;
using Frontline.Text;

namespace Frontline.Tests;

/// <summary>
/// A ledger as an analyst builds it: three reports of the Kharkiv counteroffensive from <c>../shared/corpus/dev</c>
/// ingested by the real extractor, the three publishers' real maps of September 2022 imported, and <c>verify</c> run;
/// behind the real server on a loopback port.
/// </summary>
public sealed class VerifiedLedgerFixture() : ServedLedgerFixture("verified")
{
    private static readonly string[] DevDocuments =
    [
        "006-rusi-commentary-ukrainian-offensive-2022-09-02.txt",
        "007-tweet-avalaina-2022-09-08.txt",
        "008-tweet-zelenskyyua-2022-09-16.txt",
    ];

    private static readonly (string Source, string[] Dates)[] Maps =
    [
        ("deepstate", ["2022-09-01", "2022-09-03", "2022-09-06", "2022-09-08", "2022-09-10", "2022-09-12", "2022-09-15", "2022-09-20"]),
        ("isw", ["2022-09-01", "2022-09-12"]),
        ("nzz", ["2022-09-04", "2022-09-11", "2022-09-20"]),
    ];

    public IReadOnlyList<Frontline.Verification.Verdict> Verdicts { get; private set; } = [];

    protected override async Task FillAsync(SqliteLedger ledger, HttpClient http)
    {
        var importer = new MapImporter(new SqliteSnapshotStore(ledger, TimeProvider.System), http);
        foreach (var (source, dates) in Maps)
        {
            await importer.ImportAsync(
                dates.Select(d => SharedData.Control($"{source}-{d}.geojson")).ToList(), source, PublisherProfile.Builtin(source)!, null, false, CancellationToken.None);
        }
        var extractor = new RuleBasedExtractor(IndexedPlaceLinker.Load(GeoDataPaths.Locate(SharedData.Geo)));
        var ingester = new Ingester(new SqliteDocumentStore(ledger, TimeProvider.System), extractor, DocumentReadOptions.Default);
        await ingester.IngestAsync(DevDocuments.Select(d => SharedData.Corpus("dev", d)), TextWriter.Null, TextWriter.Null, CancellationToken.None);
        Verdicts = await LedgerSeed.VerifyAsync(new SqliteLedgerStores(ledger, TimeProvider.System));
    }
}

/// <summary>The verified ledger and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class VerifiedLedgerCollection : ICollectionFixture<VerifiedLedgerFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "verified-ledger";
}
