using Frontline.Documents;
using Frontline.Maps;
using Frontline.Places;
using Frontline.Verification;

namespace Frontline.Ledger;

/// <summary>One opened ledger, whichever database holds it: its stores, and how to name it in output.</summary>
/// <remarks>
/// The command line and the server open one through <c>Frontline.Postgres.LedgerFactory</c>, which picks SQLite
/// or PostgreSQL from <c>--db</c>; code below the hosts takes the stores, never the database.
/// </remarks>
public interface ILedger : IAsyncDisposable
{
    /// <summary><c>sqlite</c> or <c>postgres</c>.</summary>
    string Kind { get; }

    /// <summary>The file path or the URL with its password hidden.</summary>
    string Display { get; }

    ISnapshotStore Snapshots { get; }

    /// <summary>Documents and the claims found in them.</summary>
    IDocumentStore Documents { get; }

    /// <summary>Verdicts on the claims in <see cref="Documents"/>, with their history.</summary>
    IVerdictStore Verdicts { get; }

    /// <summary>Documents, claims and verdicts row for row: what <c>db copy</c> and bulk loads read and write.</summary>
    ILedgerRows Rows { get; }

    /// <summary>Spatial queries over <see cref="Snapshots"/>, run where this database runs them best.</summary>
    ISnapshotQueries SnapshotQueries(OblastMap oblasts);
}
