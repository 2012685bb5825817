using Frontline.Documents;
using Frontline.Maps;
using Frontline.Places;
using Frontline.Verification;

namespace Frontline.Ledger;

/// <summary>The embedded ledger as an <see cref="ILedger"/>: SQLite stores, spatial queries in process.</summary>
public sealed class SqliteLedgerStores(SqliteLedger ledger, TimeProvider time) : ILedger
{
    public string Kind => "sqlite";

    public string Display => ledger.Path;

    public SqliteLedger Database => ledger;

    public ISnapshotStore Snapshots { get; } = new SqliteSnapshotStore(ledger, time);

    public IDocumentStore Documents { get; } = new SqliteDocumentStore(ledger, time);

    public IVerdictStore Verdicts { get; } = new SqliteVerdictStore(ledger);

    public ILedgerRows Rows { get; } = new SqliteLedgerRows(ledger);

    public ISnapshotQueries SnapshotQueries(OblastMap oblasts) => new NtsSnapshotQueries(Snapshots, oblasts);

    public ValueTask DisposeAsync()
    {
        ledger.Dispose();
        return ValueTask.CompletedTask;
    }
}
