using Frontline.Ledger;
using Frontline.Server;
using Microsoft.AspNetCore.Builder;

namespace Frontline.Tests;

/// <summary>A SQLite ledger a fixture fills once, behind the real server on a loopback port; deleted afterwards.</summary>
public abstract class ServedLedgerFixture(string name) : IAsyncLifetime
{
    private WebApplication? _app;

    public string DbPath { get; } = Path.Combine(Path.GetTempPath(), $"frontline-{name}-{Guid.NewGuid():N}.db");

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Imports and ingests what the tests need; the ledger is closed before the server opens it.</summary>
    protected abstract Task FillAsync(SqliteLedger ledger, HttpClient http);

    public async Task InitializeAsync()
    {
        using (var ledger = SqliteLedger.Open(DbPath))
        using (var http = new HttpClient())
        {
            await FillAsync(ledger, http);
        }
        _app = FrontlineServer.Build(new ServerOptions("http://127.0.0.1:0", DbPath, SharedData.Geo));
        await _app.StartAsync();
        BaseAddress = new Uri(FrontlineServer.Addresses(_app)[0]);
        Client = new HttpClient { BaseAddress = BaseAddress };
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
}
