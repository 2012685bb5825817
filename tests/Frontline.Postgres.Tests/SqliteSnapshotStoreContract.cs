using Frontline.Ledger;
using Frontline.Maps;

namespace Frontline.Postgres.Tests;

/// <summary>The contract on the embedded SQLite ledger: each test gets a fresh file; spatial queries in process.</summary>
public sealed class SqliteSnapshotStoreContract : SnapshotStoreContract, IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("frontline-contract-");
    private readonly List<SqliteLedger> _ledgers = [];

    protected override Task<(ISnapshotStore Store, ISnapshotQueries Queries)> OpenAsync()
    {
        var ledger = SqliteLedger.Open(Path.Combine(_dir.FullName, $"{_ledgers.Count}.db"));
        _ledgers.Add(ledger);
        var store = new SqliteSnapshotStore(ledger, Clock);
        return Task.FromResult<(ISnapshotStore, ISnapshotQueries)>((store, new NtsSnapshotQueries(store, Oblasts)));
    }

    public void Dispose()
    {
        _ledgers.ForEach(l => l.Dispose());
        _dir.Delete(recursive: true);
    }
}
