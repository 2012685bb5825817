using System.Text.Json;
using Frontline.Documents;
using Frontline.Ledger;
using Frontline.Places;
using Frontline.Text;
using Microsoft.Extensions.Time.Testing;

namespace Frontline.Postgres.Tests;

/// <summary>
/// The document and claim store on PostgreSQL answers as SQLite's: the real dev corpus ingested into both gives
/// the same claims for every filter, re-ingesting adds nothing, and two ingests at once store each document once.
/// </summary>
public sealed class DocumentStoreAgreementTests(PostgresServer server) : PostgresDatabase(server)
{
    private static readonly Lazy<IClaimExtractor> Extractor = new(() =>
        new RuleBasedExtractor(IndexedPlaceLinker.Load(GeoDataPaths.Locate(Frontline.Tests.SharedData.Geo))));

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("frontline-docs-");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero));
    private SqliteLedger? _sqliteLedger;
    private PostgresLedger? _postgresLedger;
    private IDocumentStore _sqlite = null!;
    private IDocumentStore _postgres = null!;

    private static string[] Corpus() =>
        Directory.GetFiles(Frontline.Tests.SharedData.Corpus("dev"), "*.txt").Order(StringComparer.Ordinal).ToArray();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _sqliteLedger = SqliteLedger.Open(Path.Combine(_dir.FullName, "a.db"));
        _sqlite = new SqliteDocumentStore(_sqliteLedger, _clock);
        _postgresLedger = await PostgresLedger.OpenAsync(ConnectionString, CancellationToken.None);
        _postgres = new PostgresDocumentStore(_postgresLedger, _clock);
        foreach (var store in new[] { _sqlite, _postgres })
        {
            var summary = await Ingest(store);
            Assert.Equal(0, summary.Errors);
        }
    }

    public override async Task DisposeAsync()
    {
        _sqliteLedger?.Dispose();
        if (_postgresLedger is not null)
        {
            await _postgresLedger.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Delete(recursive: true);
        await base.DisposeAsync();
    }

    public static TheoryData<string?, string?, string?, string?, string?> Queries() => new()
    {
        { null, null, null, null, null },
        { ClaimTypes.Control, null, null, null, null },
        { null, "UA", null, null, null },
        { null, null, "Kherson", null, null },
        { null, null, "kharkiv", null, null },
        { null, null, null, "2022-10-01", "2022-10-07" },
        { null, null, null, "2022-11-01", null },
        { null, null, null, null, "2022-05-31" },
        { ClaimTypes.Advance, "RU", null, "2022-01-01", "2022-12-31" },
    };

    [PostgresTheory]
    [MemberData(nameof(Queries))]
    public async Task Every_filter_finds_the_same_claims_in_the_same_order(string? type, string? side, string? oblast, string? from, string? to)
    {
        var query = new ClaimQuery(type, side, oblast, from is null ? null : DateOnly.Parse(from), to is null ? null : DateOnly.Parse(to));
        var ours = await _sqlite.QueryClaimsAsync(query, CancellationToken.None);
        var theirs = await _postgres.QueryClaimsAsync(query, CancellationToken.None);
        Assert.Equal(Shape(ours), Shape(theirs));
        if (type is null && side is null && oblast is null && from is null && to is null)
        {
            Assert.True(ours.Count > 100, $"only {ours.Count} claims in the dev corpus");
        }
    }

    [PostgresTheory]
    [InlineData(36.5, 48.9, 38.0, 49.8)] // Izium, Balakliia, Kupiansk
    [InlineData(32.0, 46.3, 34.0, 47.3)] // Kherson and the right bank
    [InlineData(22.0, 48.0, 24.0, 50.0)] // the far west
    public async Task A_map_view_finds_the_same_claims_by_their_places(double minLon, double minLat, double maxLon, double maxLat)
    {
        var query = new ClaimQuery(Bbox: new BoundingBox(minLon, minLat, maxLon, maxLat));
        var ours = await _sqlite.QueryClaimsAsync(query, CancellationToken.None);
        var theirs = await _postgres.QueryClaimsAsync(query, CancellationToken.None);
        Assert.Equal(Shape(ours), Shape(theirs));
        Assert.All(theirs, c => Assert.Contains(c.Claim.Places, p =>
            p.Lon >= minLon && p.Lon <= maxLon && p.Lat >= minLat && p.Lat <= maxLat));
    }

    /// <summary>Box and dates together take the where-and-when index on PostgreSQL (SQLite's R*Tree): the same claims.</summary>
    [PostgresTheory]
    [InlineData(36.5, 48.9, 38.0, 49.8, "2022-09-01", "2022-10-31", true)]
    [InlineData(32.0, 46.3, 34.0, 47.3, "2022-11-09", "2022-11-11", false)]
    [InlineData(32.0, 46.3, 34.0, 47.3, "2022-10-01", null, true)]
    [InlineData(36.5, 48.9, 38.0, 49.8, null, "2022-09-30", false)]
    [InlineData(22.0, 44.0, 41.0, 53.0, "2022-10-05", "2022-10-05", true)]
    public async Task A_map_view_over_dates_finds_the_same_claims(
        double minLon, double minLat, double maxLon, double maxLat, string? from, string? to, bool some)
    {
        var query = new ClaimQuery(Bbox: new BoundingBox(minLon, minLat, maxLon, maxLat),
            From: from is null ? null : DateOnly.Parse(from), To: to is null ? null : DateOnly.Parse(to));
        var ours = await _sqlite.QueryClaimsAsync(query, CancellationToken.None);
        var theirs = await _postgres.QueryClaimsAsync(query, CancellationToken.None);
        Assert.Equal(Shape(ours), Shape(theirs));
        if (some)
        {
            Assert.NotEmpty(theirs);
        }
    }

    [PostgresFact]
    public async Task A_map_view_over_the_Kharkiv_front_finds_claims()
    {
        var found = await _postgres.QueryClaimsAsync(new ClaimQuery(Bbox: new BoundingBox(35.5, 48.5, 38.5, 50.5)), CancellationToken.None);
        Assert.NotEmpty(found);
    }

    [PostgresFact]
    public async Task Documents_and_claims_read_back_alike()
    {
        var first = (await _postgres.QueryClaimsAsync(new ClaimQuery(Limit: 1), CancellationToken.None)).Single();
        var claim = await _postgres.GetClaimAsync(first.Id, CancellationToken.None);
        Assert.Equal(JsonSerializer.Serialize(first.Claim), JsonSerializer.Serialize(claim!.Claim));
        var byPrefix = await _postgres.GetDocumentAsync(first.DocumentHash[..10], CancellationToken.None);
        var sqlite = await _sqlite.GetDocumentAsync(first.DocumentHash, CancellationToken.None);
        Assert.Equal(sqlite, byPrefix);
        Assert.Null(await _postgres.GetDocumentAsync("0000000000", CancellationToken.None));
    }

    [PostgresFact]
    public async Task Ingesting_again_adds_nothing_and_two_ingests_at_once_store_each_document_once()
    {
        var before = (await _postgres.QueryClaimsAsync(new ClaimQuery(), CancellationToken.None)).Count;
        var again = await Ingest(_postgres);
        Assert.Equal(0, again.Added);
        Assert.Equal(0, again.Claims);

        // A fresh database, two writers at once.
        var fresh = await Server.CreateDatabaseAsync(nameof(DocumentStoreAgreementTests));
        await using var a = await PostgresLedger.OpenAsync(fresh, CancellationToken.None);
        await using var b = await PostgresLedger.OpenAsync(fresh, CancellationToken.None);
        var both = await Task.WhenAll(
            Task.Run(() => Ingest(new PostgresDocumentStore(a, _clock))),
            Task.Run(() => Ingest(new PostgresDocumentStore(b, _clock))));
        var stored = await new PostgresDocumentStore(a, _clock).QueryClaimsAsync(new ClaimQuery(), CancellationToken.None);
        Assert.Equal(before, stored.Count);
        Assert.Equal(before, both.Sum(s => s.Claims));
        Assert.Equal(stored.Count, stored.Select(c => (c.DocumentHash, c.Claim.Quote)).Distinct().Count());
    }

    private static Task<IngestSummary> Ingest(IDocumentStore store) =>
        new Ingester(store, Extractor.Value, DocumentReadOptions.Default).IngestAsync(Corpus(), TextWriter.Null, TextWriter.Null, CancellationToken.None);

    private static List<string> Shape(IReadOnlyList<StoredClaim> claims) =>
        claims.Select(c => $"{c.DocumentHash} {c.DocumentName} {c.Published} {JsonSerializer.Serialize(c.Claim)}").ToList();
}
