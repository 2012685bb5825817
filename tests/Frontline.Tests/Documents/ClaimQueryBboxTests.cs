using Frontline.Documents;
using Frontline.Ledger;
using Frontline.Text;

namespace Frontline.Tests.Documents;

/// <summary>The bbox, text and offset filters of <see cref="ClaimQuery"/> agree with a brute-force answer.</summary>
public sealed class ClaimQueryBboxTests : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"frontline-bbox-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task BboxAndDates_MatchBruteForce_OnRandomClaims()
    {
        var random = new Random(7);
        var expected = new List<(double Lon, double Lat, DateOnly? Date)>();
        using var ledger = SqliteLedger.Open(_db);
        var store = new SqliteDocumentStore(ledger, TimeProvider.System);
        var batch = new List<ExtractedDocument>();
        for (var d = 0; d < 40; d++)
        {
            var claims = new List<Claim>();
            var lines = new List<string>();
            var offset = 0;
            for (var k = 0; k < 25; k++)
            {
                var lon = Math.Round(30 + random.NextDouble() * 8, 5);
                var lat = Math.Round(46 + random.NextDouble() * 5, 5);
                DateOnly? date = random.Next(10) == 0 ? null : new DateOnly(2022, 9, 1).AddDays(random.Next(60));
                var line = $"Claim {d}.{k} near Place{k} {random.Next()}.";
                var at = offset + line.IndexOf("Place", StringComparison.Ordinal);
                claims.Add(new Claim(
                    new TextSpan(offset, offset + line.Length), line, Attribution.Author("media"), ClaimTypes.Combat, null, "UA", null,
                    [new PlaceMention($"Place{k}", "settlement", null, new TextSpan(at, at + 6), null, null, lon, lat)],
                    date is { } day ? ClaimDate.Day(day, null) : ClaimDate.Unknown, [], "asserted", null));
                expected.Add((lon, lat, date));
                lines.Add(line);
                offset += line.Length + 1;
            }
            var body = string.Join('\n', lines);
            var document = new Document(ContentHash.Of(body), $"doc-{d}.txt", body, new DocumentProvenance("test", null, null),
                new DateOnly(2022, 9, 1), null, "news", null, "text", "utf-8", "en");
            batch.Add(new ExtractedDocument(document, claims, "test"));
        }
        await store.AddAsync(batch, CancellationToken.None);

        for (var i = 0; i < 30; i++)
        {
            var minLon = 30 + random.NextDouble() * 6;
            var minLat = 46 + random.NextDouble() * 4;
            var box = new BoundingBox(minLon, minLat, minLon + random.NextDouble() * 2, minLat + random.NextDouble());
            DateOnly? from = i % 3 == 0 ? null : new DateOnly(2022, 9, 1).AddDays(random.Next(50));
            DateOnly? to = from?.AddDays(random.Next(10));
            var found = await store.QueryClaimsAsync(new ClaimQuery(From: from, To: to, Bbox: box), CancellationToken.None);
            var brute = expected.Count(e =>
                e.Lon >= box.MinLon && e.Lon <= box.MaxLon && e.Lat >= box.MinLat && e.Lat <= box.MaxLat &&
                (from is null || e.Date is { } d1 && d1 >= from && d1 <= to));
            Assert.Equal(brute, found.Count);
            Assert.All(found, c => Assert.InRange(c.Claim.Places[0].Lon!.Value, box.MinLon, box.MaxLon));
        }

        var all = await store.QueryClaimsAsync(new ClaimQuery(), CancellationToken.None);
        var page = await store.QueryClaimsAsync(new ClaimQuery(Limit: 10, Offset: 990), CancellationToken.None);
        Assert.Equal(all.Skip(990).Select(c => c.Id), page.Select(c => c.Id));
        var text = await store.QueryClaimsAsync(new ClaimQuery(Text: "claim 7.1"), CancellationToken.None);
        Assert.Equal(11, text.Count); // 7.1 and 7.10 … 7.19, case-insensitive
    }

    [Theory]
    [InlineData("36,49,37,50", true)]
    [InlineData("36.5,49.25,36.75,49.5", true)]
    [InlineData("36,49,37", false)]
    [InlineData("37,49,36,50", false)]
    [InlineData("-200,49,36,50", false)]
    [InlineData("36,49,37,NaN", false)]
    [InlineData("", false)]
    public void BoundingBox_Parse(string text, bool valid) => Assert.Equal(valid, BoundingBox.Parse(text) is not null);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_db + suffix);
        }
    }
}
