using Frontline.Ledger;
using Frontline.Documents;
using Frontline.Maps;
using Frontline.Places;
using Frontline.Verification;

namespace Frontline.Postgres;

/// <summary>The team ledger as an <see cref="ILedger"/>: PostgreSQL stores, spatial queries in PostGIS.</summary>
public sealed class PostgresLedgerStores(PostgresLedger ledger, TimeProvider time) : ILedger
{
    public string Kind => "postgres";

    public string Display => ledger.Display;

    public PostgresLedger Database => ledger;

    public ISnapshotStore Snapshots { get; } = new PostgresSnapshotStore(ledger, time);

    public IDocumentStore Documents { get; } = new PostgresDocumentStore(ledger, time);

    public IVerdictStore Verdicts { get; } = new PostgresVerdictStore(ledger);

    public ILedgerRows Rows { get; } = new PostgresLedgerRows(ledger);

    public ISnapshotQueries SnapshotQueries(OblastMap oblasts) => new PostGisSnapshotQueries(ledger, oblasts);

    public ValueTask DisposeAsync() => ledger.DisposeAsync();
}
