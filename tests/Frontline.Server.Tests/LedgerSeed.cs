using System.Text;
using Frontline.Documents;
using Frontline.Ledger;
using Frontline.Maps;
using Frontline.Text;
using Frontline.Verification;

namespace Frontline.Tests;

/// <summary>
/// Documents and claims for the server tests: real reports from ../shared/corpus with claims placed on their own
/// words, and one hostile document whose text tries to run script in the page.
/// </summary>
internal static class LedgerSeed
{
    /// <summary>The hostile document's text: every trick must show as literal text and run nothing.</summary>
    public const string MaliciousBody =
        "Russian forces withdrew from Balakliia <script>window.__pwned = 'script'</script> on Saturday, " +
        "officials said. <img src=x onerror=\"window.__pwned = 'img'\"> See <a href=\"javascript:window.__pwned='link'\">the map</a> " +
        "and javascript:window.__pwned='text' [click](javascript:window.__pwned='md').";

    public const string MaliciousName = "malicious-2022-09-10.txt";

    public static async Task SeedAsync(SqliteLedger ledger)
    {
        var store = new SqliteDocumentStore(ledger, TimeProvider.System);
        var batch = new List<ExtractedDocument>
        {
            await RealAsync(SharedData.Corpus("isw-2022", "isw-2022-09-09.txt"), [
                ("Balakliya", 36.8443, 49.4560, "Kharkiv", ClaimTypes.Control, "UA", new DateOnly(2022, 9, 8)),
                ("Kupyansk", 37.6167, 49.7106, "Kharkiv", ClaimTypes.Advance, "UA", new DateOnly(2022, 9, 9)),
            ]),
            await RealAsync(SharedData.Corpus("isw-2022", "isw-2022-09-02.txt"), [
                ("Izyum", 37.2556, 49.2128, "Kharkiv", ClaimTypes.Combat, "UA", new DateOnly(2022, 9, 1)),
            ]),
            Malicious(),
        };
        await store.AddAsync(batch, CancellationToken.None);
    }

    private static async Task<ExtractedDocument> RealAsync(
        string path, IReadOnlyList<(string Place, double Lon, double Lat, string Oblast, string Type, string Actor, DateOnly Date)> claims)
    {
        var read = await DocumentReader.ReadFileAsync(path, DocumentReadOptions.Default, CancellationToken.None);
        var doc = Assert.Single(read.Documents);
        var list = new List<Claim>();
        foreach (var (place, lon, lat, oblast, type, actor, date) in claims)
        {
            var at = doc.Text.IndexOf(place, StringComparison.Ordinal);
            Assert.True(at >= 0, $"{path}: '{place}' not in the text");
            list.Add(SentenceClaim(doc.Text, at, place, lon, lat, oblast, type, actor, date, side: "third-party", speaker: "ISW"));
        }
        return new ExtractedDocument(doc, list, "test-seed");
    }

    private static ExtractedDocument Malicious()
    {
        var text = "title: <script>window.__pwned = 'title'</script>\npublisher: <b onmouseover=alert(1)>Evil</b>\npublished: 2022-09-10\n---\n" + MaliciousBody + "\n";
        var read = DocumentReader.Read("test", MaliciousName, Encoding.UTF8.GetBytes(text), DocumentReadOptions.Default);
        var doc = Assert.Single(read.Documents);
        var at = doc.Text.IndexOf("Balakliia", StringComparison.Ordinal);
        var claim = SentenceClaim(doc.Text, at, "Balakliia", 36.8443, 49.4560, "Kharkiv", ClaimTypes.Withdrawal, "RU", new DateOnly(2022, 9, 10), "UA", "officials");
        return new ExtractedDocument(doc, [claim], "test-seed");
    }

    /// <summary>Verdicts for every claim of the ledger, as <c>frontline verify</c> computes and stores them (real maps, real verifier).</summary>
    public static async Task<IReadOnlyList<Verdict>> VerifyAsync(ILedger ledger)
    {
        var all = await ledger.Documents.QueryClaimsAsync(new ClaimQuery(), CancellationToken.None);
        var analyzer = new ChangeAnalyzer(Terrain.Load(Frontline.Places.GeoDataPaths.Locate(SharedData.Geo)));
        var verdicts = await new Verifier(analyzer).VerifyAsync(
            ledger.Snapshots, all, all, await Verifier.PublishersAsync(ledger.Documents, all, CancellationToken.None), CancellationToken.None);
        await ledger.Verdicts.AddChangedAsync(verdicts, TimeProvider.System.GetUtcNow(), CancellationToken.None);
        return verdicts;
    }

    /// <summary>A claim whose quote is the sentence around <paramref name="at"/> and whose place is the word there.</summary>
    private static Claim SentenceClaim(
        string text, int at, string place, double lon, double lat, string oblast, string type, string actor, DateOnly date, string side, string speaker)
    {
        var start = text.LastIndexOfAny(['.', '\n'], at) + 1;
        while (start < at && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        var end = text.IndexOfAny(['.', '\n'], at) is var e and >= 0 ? e + (text[e] == '.' ? 1 : 0) : text.Length;
        var speakerAt = text.IndexOf(speaker, start, StringComparison.Ordinal);
        return new Claim(
            new TextSpan(start, end), text[start..end],
            new Attribution(speaker, speakerAt >= start && speakerAt < end ? new TextSpan(speakerAt, speakerAt + speaker.Length) : null,
                null, null, side, null, null, null, null, null),
            type, null, actor, null,
            [new PlaceMention(place, "settlement", oblast, new TextSpan(at, at + place.Length), null, null, lon, lat)],
            ClaimDate.Day(date, null), [], "asserted", null);
    }
}
