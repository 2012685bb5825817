using System.Diagnostics;
using System.Globalization;
using Frontline.Documents;
using Frontline.Ledger;
using Frontline.Text;

// Writes N synthetic claims (20 per document) through the real document store, so the load test queries the
// same tables, indexes and R*Tree a real ledger has. Deterministic: the same N gives the same ledger.
// Usage: Frontline.LoadLedger --db PATH [--claims 1000000]
var db = Arg("--db") ?? throw new ArgumentException("--db PATH is required");
var total = int.Parse(Arg("--claims") ?? "1000000", CultureInfo.InvariantCulture);
const int perDocument = 20;
const int documentsPerBatch = 500;
var firstDay = new DateOnly(2022, 2, 24);
const int days = 1040; // to the end of 2024
var random = new Random(20220224);
var clock = Stopwatch.StartNew();

using var ledger = SqliteLedger.Open(db);
var store = new SqliteDocumentStore(ledger, TimeProvider.System);
var written = 0;
var documentNumber = 0;
while (written < total)
{
    var batch = new List<ExtractedDocument>(documentsPerBatch);
    for (var d = 0; d < documentsPerBatch && written < total; d++, documentNumber++)
    {
        var published = firstDay.AddDays(random.Next(days));
        var lines = new List<string>();
        var claims = new List<Claim>();
        var offset = 0;
        for (var k = 0; k < perDocument && written < total; k++, written++)
        {
            // Places spread over Ukraine's box; dates within a week before publication.
            var lon = 22.2 + random.NextDouble() * 17.9;
            var lat = 44.4 + random.NextDouble() * 7.9;
            var date = published.AddDays(-random.Next(7));
            var place = $"Place{random.Next(30_000)}";
            var type = ClaimTypes.All[random.Next(ClaimTypes.All.Count)];
            var side = (string[])["UA", "RU", "third-party", "media", "unknown"] is var sides ? sides[random.Next(sides.Length)] : "";
            var line = $"Report {documentNumber}.{k}: {side} sources say {type} near {place} on {date:yyyy-MM-dd} ({random.Next()}).";
            var placeAt = offset + line.IndexOf(place, StringComparison.Ordinal);
            claims.Add(new Claim(
                new TextSpan(offset, offset + line.Length), line,
                new Attribution(null, null, null, null, side, null, null, null, null, null),
                type, null, side == "RU" ? "RU" : "UA", null,
                [new PlaceMention(place, "settlement", null, new TextSpan(placeAt, placeAt + place.Length), null, null, Math.Round(lon, 5), Math.Round(lat, 5))],
                ClaimDate.Day(date, null), [], "asserted", null));
            lines.Add(line);
            offset += line.Length + 1;
        }
        var text = string.Join('\n', lines);
        var document = new Document(
            ContentHash.Of(text), $"synthetic-{documentNumber:D6}.txt", text,
            new DocumentProvenance("synthetic", null, "load test"), published, null, "report", null, "text", "utf-8", "en");
        batch.Add(new ExtractedDocument(document, claims, "synthetic"));
    }
    await store.AddAsync(batch, CancellationToken.None);
    Console.Error.Write($"\r{written:N0} claims, {clock.Elapsed.TotalSeconds:F0} s");
}
Console.Error.WriteLine();
Console.WriteLine($"{written:N0} claims in {documentNumber:N0} documents written to {db} in {clock.Elapsed.TotalSeconds:F0} s");

string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
