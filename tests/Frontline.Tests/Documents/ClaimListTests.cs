using Frontline.Documents;
using Frontline.Ledger;
using Frontline.Text;
using Frontline.Verification;

namespace Frontline.Tests.Documents;

/// <summary><see cref="IDocumentStore.ListClaimsAsync"/> (columns only) answers exactly what the full claims would, with the latest verdict.</summary>
public sealed class ClaimListTests : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"frontline-list-{Guid.NewGuid():N}.db");

    public static TheoryData<string> Queries => ["all", "box", "box+dates", "page2", "supported", "contradicted", "none", "type", "text"];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task ListRows_EqualTheFullClaimsMappedWithTheirLatestVerdict(string name)
    {
        using var ledger = SqliteLedger.Open(_db);
        var store = new SqliteDocumentStore(ledger, TimeProvider.System);
        var verdicts = new SqliteVerdictStore(ledger);
        await SeedAsync(store, verdicts);
        var query = name switch
        {
            "all" => new ClaimQuery(),
            "box" => new ClaimQuery(Bbox: new BoundingBox(31, 47, 35, 50)),
            "box+dates" => new ClaimQuery(From: new DateOnly(2022, 9, 10), To: new DateOnly(2022, 9, 20), Bbox: new BoundingBox(30, 46, 36, 50)),
            "page2" => new ClaimQuery(Limit: 7, Offset: 7),
            "type" => new ClaimQuery(Type: ClaimTypes.Advance),
            "text" => new ClaimQuery(Text: "near place3"),
            _ => new ClaimQuery(Verdict: name),
        };
        var latest = (await verdicts.LatestAsync(null, CancellationToken.None)).ToDictionary(v => v.ClaimId, v => v.Value);
        var full = await store.QueryClaimsAsync(query with { Verdict = null }, CancellationToken.None);
        var expected = full.Select(c => ClaimListItem.From(c, latest.GetValueOrDefault(c.Id)))
            .Where(c => query.Verdict is null || (c.Verdict ?? ClaimQuery.NoVerdict) == query.Verdict).ToList();
        if (query.Verdict is not null)
        {
            expected = [.. expected.Take(query.Limit)];
        }
        var listed = await store.ListClaimsAsync(query, CancellationToken.None);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, listed);
    }

    /// <summary>30 claims over 6 documents: some with an ungeocoded place before a geocoded one, some with none; some verdicts changed.</summary>
    private static async Task SeedAsync(SqliteDocumentStore store, SqliteVerdictStore verdicts)
    {
        var random = new Random(11);
        var batch = new List<ExtractedDocument>();
        for (var d = 0; d < 6; d++)
        {
            var claims = new List<Claim>();
            var lines = new List<string>();
            var offset = 0;
            for (var k = 0; k < 5; k++)
            {
                var line = $"Claim {d}.{k} near Place{k} and Region{k} {random.Next()}.";
                var place = offset + line.IndexOf("Place", StringComparison.Ordinal);
                var region = offset + line.IndexOf("Region", StringComparison.Ordinal);
                var geocoded = new PlaceMention($"Place{k}", "settlement", "Kharkiv", new TextSpan(place, place + 6), null, null,
                    Math.Round(30 + random.NextDouble() * 6, 4), Math.Round(46 + random.NextDouble() * 4, 4));
                var vague = new PlaceMention($"Region{k}", "region", null, new TextSpan(region, region + 7), null, null, null, null);
                IReadOnlyList<PlaceMention> places = k switch { 0 => [], 1 => [vague], 2 => [vague, geocoded], _ => [geocoded, vague] };
                var date = new DateOnly(2022, 9, 1).AddDays(random.Next(30));
                claims.Add(new Claim(
                    new TextSpan(offset, offset + line.Length), line, Attribution.Author("media"), k % 2 == 0 ? ClaimTypes.Advance : ClaimTypes.Combat,
                    null, "UA", null, places, k == 4 ? new ClaimDate("week", date, date.AddDays(6), null) : ClaimDate.Day(date, null), [], "asserted", null));
                lines.Add(line);
                offset += line.Length + 1;
            }
            var body = string.Join('\n', lines);
            var document = new Document(ContentHash.Of(body), $"doc-{d}.txt", body, new DocumentProvenance("test", null, null),
                new DateOnly(2022, 9, 1 + (5 - d)), null, "news", null, "text", "utf-8", "en");
            batch.Add(new ExtractedDocument(document, claims, "test"));
        }
        await store.AddAsync(batch, CancellationToken.None);
        var all = await store.QueryClaimsAsync(new ClaimQuery(), CancellationToken.None);
        Verdict V(long id, string value, string hash) => new(id, value, "why", "settlement", false, [], new Corroboration([], 1, false), "none", hash);
        await verdicts.AddChangedAsync([.. all.Where(c => c.Id % 3 != 0).Select(c => V(c.Id, Verdicts.Contradicted, "a"))], DateTimeOffset.UnixEpoch, CancellationToken.None);
        // A later verification changes some: the latest verdict is the one that counts.
        await verdicts.AddChangedAsync([.. all.Where(c => c.Id % 3 == 1).Select(c => V(c.Id, Verdicts.Supported, "b"))], DateTimeOffset.UnixEpoch.AddDays(1), CancellationToken.None);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_db + suffix);
        }
    }
}
