using System.Diagnostics;
using System.Globalization;
using Frontline.LoadLedger;
using Frontline.Places;
using Frontline.Postgres;

// Fills a ledger (SQLite path or postgres://…) with N realistic claims (see RealisticClaims) through the store's bulk
// path (ILedgerRows: SQLite one transaction per batch with prepared statements, PostgreSQL binary COPY). Deterministic:
// the same N and seed give the same ledger (same `frontline db status` digest).
// Usage: Frontline.LoadLedger --db PATH|URL [--claims 1000000] [--seed 20220224] [--corpus ../shared/corpus/isw-2022] [--geo DIR]
var db = Arg("--db") ?? throw new ArgumentException("--db PATH|URL is required");
var total = int.Parse(Arg("--claims") ?? "1000000", CultureInfo.InvariantCulture);
var seed = int.Parse(Arg("--seed") ?? "20220224", CultureInfo.InvariantCulture);
var corpus = Arg("--corpus") ?? Path.Combine("..", "shared", "corpus", "isw-2022");
var geo = GeoDataPaths.Locate(Arg("--geo"));

var clock = Stopwatch.StartNew();
var source = await RealisticClaims.ExtractAsync(corpus, geo, CancellationToken.None);
Console.Error.WriteLine($"{source.Templates.Count} reports, {source.TemplateClaims:N0} claims extracted from {corpus} in {clock.Elapsed.TotalSeconds:F0} s");
await using var ledger = await LedgerFactory.OpenAsync(db, TimeProvider.System, CancellationToken.None);
clock.Restart();
var cpu = Process.GetCurrentProcess().TotalProcessorTime;
int documents = 0, claims = 0;
foreach (var batch in source.Generate(total, seed, 5_000))
{
    documents += await ledger.Rows.WriteDocumentsAsync(batch, CancellationToken.None);
    claims += batch.Sum(d => d.Claims.Count);
    Console.Error.Write($"\r{claims:N0} claims, {clock.Elapsed.TotalSeconds:F0} s");
}
Console.Error.WriteLine();
Console.WriteLine($"{claims:N0} claims in {documents:N0} new documents written to {ledger.Kind} {ledger.Display} in {clock.Elapsed.TotalSeconds:F0} s " +
    $"(this process: {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F0} s CPU)");

string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
