using System.Text;
using Frontline.Documents;
using Frontline.Ledger;
using Frontline.Text;
using Microsoft.Extensions.Time.Testing;

namespace Frontline.Tests.Documents;

public sealed class DocumentStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("frontline-docs-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Article(int n) => string.Join(' ', Enumerable.Range(0, 60).Select(i => $"Russian forces shelled Kharkiv Oblast for the {i}th time on October {1 + (n % 9)}, officials said."));

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public async Task A_batch_goes_on_past_bad_files_and_stores_nothing_of_them()
    {
        var header = "url: unknown\npublisher: Kyiv Post\npublished: 2022-10-05\ngenre: news\ntitle: t\n---\n";
        var good = Write("a.txt", header + Article(1));
        var dup = Write("b.txt", header + Article(1).ToUpperInvariant());
        var near = Write("c.txt", header + Article(1).Replace("59th time", "sixtieth time", StringComparison.Ordinal));
        var binary = Write("d.bin", [0x00, 0x01, 0x02, 0x03]);
        var truncated = Write("result.json", "{\"messages\":[{\"id\":1,\"type\":\"message\",\"text\":\"Ворог атакував Харків\"},{\"id\":2,");
        var partlyBad = Write("export.json", "{\"messages\":[{\"id\":1,\"type\":\"message\",\"text\":\"Ворог атакував Херсон\"},{\"id\":2,\"type\":\"message\",\"text\":7}]}");
        var empty = Write("empty.txt", "");
        using var ledger = SqliteLedger.Open(Path.Combine(_dir, "ledger.db"));
        var store = new SqliteDocumentStore(ledger, new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        var ingester = new Ingester(store, new RuleBasedExtractor(NoPlaceLinker.Instance), DocumentReadOptions.Default);
        var output = new StringWriter();
        var error = new StringWriter();

        var summary = await ingester.IngestAsync([good, binary, dup, truncated, near, partlyBad, empty], output, error, CancellationToken.None);

        Assert.Equal((7, 4, 1, 1, 1), (summary.Files, summary.Errors, summary.Added, summary.Duplicates, summary.NearDuplicates));
        var errors = error.ToString();
        Assert.Contains($"{binary}: binary content", errors, StringComparison.Ordinal);
        Assert.Contains($"{truncated}: not a complete JSON document", errors, StringComparison.Ordinal);
        Assert.Contains($"{partlyBad}: message 2", errors, StringComparison.Ordinal);
        Assert.Contains($"{empty}: empty file", errors, StringComparison.Ordinal);
        using var count = ledger.Command("SELECT count(*) FROM document");
        Assert.Equal(2L, count.ExecuteScalar()); // the original and the near-duplicate; nothing of export.json
        using var link = ledger.Command("SELECT near_duplicate_of IS NOT NULL FROM document WHERE name = 'c.txt'");
        Assert.Equal(1L, link.ExecuteScalar());
        using var sources = ledger.Command("SELECT count(*) FROM document_source");
        Assert.Equal(3L, sources.ExecuteScalar()); // the duplicate's source is recorded, its text is not stored twice
        var claims = await store.QueryClaimsAsync(new ClaimQuery(Type: ClaimTypes.Strike, Oblast: null, From: new DateOnly(2022, 10, 1), To: new DateOnly(2022, 10, 9)), CancellationToken.None);
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal(ClaimTypes.Strike, c.Claim.Type));
        var one = await store.GetClaimAsync(claims[0].Id, CancellationToken.None);
        Assert.Equal(claims[0].Claim.QuoteText, one!.Claim.QuoteText);
        var doc = await store.GetDocumentAsync(one.DocumentHash, CancellationToken.None);
        Assert.Equal(one.Claim.QuoteText, doc!.Text[one.Claim.Quote.Start..one.Claim.Quote.End]);
    }
}
