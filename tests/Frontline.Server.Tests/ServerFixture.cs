using Frontline.Ledger;
using Frontline.Maps;
using Frontline.Server;
using Microsoft.AspNetCore.Builder;

namespace Frontline.Tests;

/// <summary>
/// The real server on a free loopback port over a real SQLite ledger filled from the real maps in ../shared:
/// DeepStateMap 2022-09-01…2022-09-12 (the Kharkiv counteroffensive), ISW and NZZ around the same days.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const string Token = "frontline-test-token";
    public const long MaxBodyBytes = 2 * 1024 * 1024;

    private WebApplication? _app;

    public string DbPath { get; } = Path.Combine(Path.GetTempPath(), $"frontline-server-{Guid.NewGuid():N}.db");

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The verdicts the real verifier gave the seeded claims against the imported maps (stored in the ledger).</summary>
    public IReadOnlyList<Frontline.Verification.Verdict> Verdicts { get; private set; } = [];

    public ServerOptions Options => new("http://127.0.0.1:0", DbPath, SharedData.Geo, WriteToken: Token, MaxBodyBytes: MaxBodyBytes);

    public async Task InitializeAsync()
    {
        using (var ledger = SqliteLedger.Open(DbPath))
        using (var http = new HttpClient())
        {
            var importer = new MapImporter(new SqliteSnapshotStore(ledger, TimeProvider.System), http);
            await Import(importer, "deepstate", Days("deepstate", new DateOnly(2022, 9, 1), new DateOnly(2022, 9, 12)));
            await Import(importer, "isw", ["isw-2022-09-01.geojson", "isw-2022-09-12.geojson"]);
            await Import(importer, "nzz", ["nzz-2022-08-31.geojson", "nzz-2022-09-04.geojson", "nzz-2022-09-11.geojson"]);
            await LedgerSeed.SeedAsync(ledger);
            Verdicts = await LedgerSeed.VerifyAsync(new SqliteLedgerStores(ledger, TimeProvider.System));
        }
        _app = FrontlineServer.Build(Options);
        await _app.StartAsync();
        BaseAddress = new Uri(FrontlineServer.Addresses(_app)[0]);
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>Starts a second server on the same ledger with other options; the caller disposes it.</summary>
    public static async Task<(WebApplication App, HttpClient Client)> StartAsync(ServerOptions options)
    {
        var app = FrontlineServer.Build(options);
        await app.StartAsync();
        return (app, new HttpClient { BaseAddress = new Uri(FrontlineServer.Addresses(app)[0]) });
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DbPath + suffix);
        }
    }

    private static IReadOnlyList<string> Days(string source, DateOnly from, DateOnly to)
    {
        var files = new List<string>();
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            var name = $"{source}-{d:yyyy-MM-dd}.geojson";
            if (File.Exists(SharedData.Control(name)))
            {
                files.Add(name);
            }
        }
        return files;
    }

    private static Task Import(MapImporter importer, string source, IReadOnlyList<string> files) =>
        importer.ImportAsync(
            files.Select(SharedData.Control).ToList(), source, PublisherProfile.Builtin(source)!, null, false, CancellationToken.None);
}
