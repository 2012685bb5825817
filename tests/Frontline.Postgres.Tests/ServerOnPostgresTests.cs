using System.Text.Json;
using Frontline.Documents;
using Frontline.Ledger;
using Frontline.Maps;
using Frontline.Server;
using Frontline.Text;
using Frontline.Verification;

namespace Frontline.Postgres.Tests;

/// <summary>The server answers from a PostgreSQL ledger as it does from SQLite: a team's one shared ledger.</summary>
public sealed class ServerOnPostgresTests(PostgresServer server) : PostgresDatabase(server)
{
    [PostgresFact]
    public async Task The_api_lists_and_serves_the_maps_a_postgres_ledger_holds()
    {
        var maps = new[] { "deepstate-2022-09-01", "deepstate-2022-09-12" }
            .Select(f => RealSnapshots.Load("deepstate", Frontline.Tests.SharedData.Control(f + ".geojson"))).ToList();
        await using (var ledger = await LedgerFactory.OpenAsync(ConnectionString, TimeProvider.System, CancellationToken.None))
        {
            await ledger.Snapshots.AddAsync(maps, false, CancellationToken.None);
        }
        await using var app = FrontlineServer.Build(new ServerOptions("http://127.0.0.1:0", DbCopyTests.ToUrl(ConnectionString), Frontline.Tests.SharedData.Geo));
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(FrontlineServer.Addresses(app)[0]) };

        using var sources = JsonDocument.Parse(await client.GetStringAsync("/api/sources"));
        var deepstate = Assert.Single(sources.RootElement.EnumerateArray());
        Assert.Equal("deepstate", deepstate.GetProperty("source").GetString());
        Assert.Equal(2, deepstate.GetProperty("snapshots").GetInt32());

        var response = await client.GetAsync("/api/snapshots/deepstate/2022-09-20");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Contains(maps[1].ContentHash, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/api/snapshots/deepstate/2022-08-01")).StatusCode);
    }

    [PostgresFact]
    public async Task The_api_lists_claims_by_verdict_and_shows_their_evidence_from_a_postgres_ledger()
    {
        const string text = "Ukrainian forces liberated Balakliia on Thursday. Fighting continued near Izium.";
        var doc = new Document(ContentHash.Of(text), "kharkiv-2022-09-10.txt", text, new DocumentProvenance("test", null, "Test wire"),
            new DateOnly(2022, 9, 10), null, "news", null, "text", "utf-8", "en");
        Claim At(string quote, string place, double lon, double lat, string type) => new(
            new TextSpan(text.IndexOf(quote, StringComparison.Ordinal), text.IndexOf(quote, StringComparison.Ordinal) + quote.Length), quote,
            Attribution.Author("media"), type, null, "UA", null,
            [new PlaceMention(place, "settlement", "Kharkiv", new TextSpan(text.IndexOf(place, StringComparison.Ordinal), text.IndexOf(place, StringComparison.Ordinal) + place.Length), null, null, lon, lat)],
            ClaimDate.Day(new DateOnly(2022, 9, 8), null), [], "asserted", null);
        await using (var ledger = await LedgerFactory.OpenAsync(ConnectionString, TimeProvider.System, CancellationToken.None))
        {
            await ledger.Snapshots.AddAsync(
                [.. new[] { "deepstate-2022-09-01", "deepstate-2022-09-12" }.Select(f => RealSnapshots.Load("deepstate", Frontline.Tests.SharedData.Control(f + ".geojson")))],
                false, CancellationToken.None);
            await ledger.Documents.AddAsync([new ExtractedDocument(doc, [
                At("Ukrainian forces liberated Balakliia on Thursday.", "Balakliia", 36.8443, 49.4560, ClaimTypes.Control),
                At("Fighting continued near Izium.", "Izium", 37.2556, 49.2128, ClaimTypes.Combat)], "test")], CancellationToken.None);
            // The real verifier on the real maps, stored through the ledger's verdict store, as 'frontline verify' does.
            var all = await ledger.Documents.QueryClaimsAsync(new ClaimQuery(), CancellationToken.None);
            var analyzer = new ChangeAnalyzer(Terrain.Load(Frontline.Places.GeoDataPaths.Locate(Frontline.Tests.SharedData.Geo)));
            var verdicts = await new Verifier(analyzer).VerifyAsync(
                ledger.Snapshots, all, all, await Verifier.PublishersAsync(ledger.Documents, all, CancellationToken.None), CancellationToken.None);
            await ledger.Verdicts.AddChangedAsync(verdicts, TimeProvider.System.GetUtcNow(), CancellationToken.None);
        }
        await using var app = FrontlineServer.Build(new ServerOptions("http://127.0.0.1:0", DbCopyTests.ToUrl(ConnectionString), Frontline.Tests.SharedData.Geo));
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(FrontlineServer.Addresses(app)[0]) };

        using var supported = JsonDocument.Parse(await client.GetStringAsync("/api/claims?verdict=supported"));
        var row = Assert.Single(supported.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("Balakliia", row.GetProperty("place").GetString());
        Assert.Equal("supported", row.GetProperty("verdict").GetString());
        using var unverifiable = JsonDocument.Parse(await client.GetStringAsync("/api/claims?verdict=unverifiable&bbox=37,49,38,50"));
        Assert.Equal("Izium", Assert.Single(unverifiable.RootElement.GetProperty("items").EnumerateArray()).GetProperty("place").GetString());

        using var detail = JsonDocument.Parse(await client.GetStringAsync($"/api/claims/{row.GetProperty("id").GetInt64()}"));
        var verdict = detail.RootElement.GetProperty("verdict");
        var deepstate = Assert.Single(verdict.GetProperty("publishers").EnumerateArray());
        Assert.Equal("deepstate", deepstate.GetProperty("source").GetString());
        Assert.Contains("2022-09-12", deepstate.GetProperty("snapshots").EnumerateArray().Last().GetString(), StringComparison.Ordinal);
        Assert.Single(verdict.GetProperty("history").EnumerateArray());
        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/verdicts"));
        Assert.Equal(2, list.RootElement.GetProperty("total").GetInt32());
    }
}
