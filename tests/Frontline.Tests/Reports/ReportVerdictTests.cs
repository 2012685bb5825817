using Frontline.Documents;
using Frontline.Ledger;
using Frontline.Reports;
using Frontline.Text;
using Frontline.Verification;

namespace Frontline.Tests.Reports;

/// <summary>A report's main claims carry the verdict <c>frontline verify</c> stored, not a placeholder.</summary>
public sealed class ReportVerdictTests : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"frontline-report-verdicts-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        foreach (var f in new[] { _db, _db + "-wal", _db + "-shm" })
        {
            File.Delete(f);
        }
    }

    [Fact]
    public async Task The_main_claims_show_their_latest_verdict()
    {
        using var ledger = SqliteLedger.Open(_db);
        var store = new SqliteDocumentStore(ledger, TimeProvider.System);
        const string text = "Ukrainian forces liberated Lyman on October 1.";
        var claim = new Claim(new TextSpan(0, text.Length), text, Attribution.Author("media"), ClaimTypes.Control, null, "UA", null,
            [new PlaceMention("Lyman", "settlement", "Donetsk", new TextSpan(27, 32), "gn:704204", 704204, 37.80843, 48.99012)],
            ClaimDate.Day(new DateOnly(2022, 10, 1), null), [], "asserted", null);
        var document = new Document(ContentHash.Of(text), "lyman.txt", text, new DocumentProvenance("test", null, "Test Outlet"),
            new DateOnly(2022, 10, 2), null, "news", null, "text", "utf-8", "en");
        await store.AddAsync([new ExtractedDocument(document, [claim], "test")], default);
        var stored = Assert.Single(await store.QueryClaimsAsync(new ClaimQuery(), default));
        var verdicts = new SqliteVerdictStore(ledger);

        var before = Assert.Single(await ReportClaimSelection.SelectAsync(store, new DateOnly(2022, 9, 25), new DateOnly(2022, 10, 5), default, verdicts));
        Assert.Null(before.Verdict);

        var verdict = new Verdict(stored.Id, Verdicts.Supported, "Supported by deepstate: Lyman is not held by Russia on the map of 2022-10-01.",
            "settlement", false, [], new Corroboration([], 1, false), "", "hash");
        await verdicts.AddChangedAsync([verdict], DateTimeOffset.UnixEpoch, default);
        var after = Assert.Single(await ReportClaimSelection.SelectAsync(store, new DateOnly(2022, 9, 25), new DateOnly(2022, 10, 5), default, verdicts));
        Assert.StartsWith("supported: Supported by deepstate: Lyman", after.Verdict, StringComparison.Ordinal);
    }
}
