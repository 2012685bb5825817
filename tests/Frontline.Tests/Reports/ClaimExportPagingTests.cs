using Frontline.Documents;
using Frontline.Ledger;
using Frontline.Reports.Exports;
using Frontline.Text;

namespace Frontline.Tests.Reports;

/// <summary>A claims export reads the store a page at a time and still writes every claim once.</summary>
public sealed class ClaimExportPagingTests : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"frontline-export-paging-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        foreach (var f in new[] { _db, _db + "-wal", _db + "-shm" })
        {
            File.Delete(f);
        }
    }

    [Fact]
    public async Task Every_claim_across_page_boundaries_is_exported_once()
    {
        using var ledger = SqliteLedger.Open(_db);
        var store = new SqliteDocumentStore(ledger, TimeProvider.System);
        var total = ClaimExports.PageSize * 2 + 123;
        var batch = new List<ExtractedDocument>();
        for (var d = 0; d < total / 100 + 1; d++)
        {
            var lines = new List<string>();
            var claims = new List<Claim>();
            var offset = 0;
            for (var k = 0; k < 100 && d * 100 + k < total; k++)
            {
                var line = $"Claim {d}.{k} about Lyman.";
                claims.Add(new Claim(new TextSpan(offset, offset + line.Length), line, Attribution.Author("media"), ClaimTypes.Combat, null, "UA", null,
                    [new PlaceMention("Lyman", "settlement", "Donetsk", new TextSpan(offset + line.Length - 6, offset + line.Length - 1), "gn:704204", 704204, 37.80843, 48.99012)],
                    ClaimDate.Day(new DateOnly(2022, 10, 1), null), [], "asserted", null));
                lines.Add(line);
                offset += line.Length + 1;
            }
            var body = string.Join('\n', lines);
            batch.Add(new ExtractedDocument(new Document(ContentHash.Of(body), $"doc-{d:000}.txt", body, new DocumentProvenance("test", null, null),
                new DateOnly(2022, 10, 1), null, "news", null, "text", "utf-8", "en"), claims, "test"));
        }
        await store.AddAsync(batch, default);

        var ids = new List<long>();
        await foreach (var row in ClaimExports.RowsAsync(store, new ClaimQuery(), new Dictionary<long, Frontline.Places.Settlement>(), default))
        {
            ids.Add((long)row.Values[14]!);
        }
        Assert.Equal(total, ids.Count);
        Assert.Equal(total, ids.Distinct().Count());
    }
}
