using System.Text.Json;
using Frontline.Server;

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
}
