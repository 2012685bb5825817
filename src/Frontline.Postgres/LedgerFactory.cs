using Frontline.Ledger;

namespace Frontline.Postgres;

/// <summary>Opens the ledger <c>--db</c> names: a SQLite file, or PostgreSQL by URL or connection string.</summary>
/// <remarks>
/// The one place the hosts choose a database. <c>--db</c> (else <c>FRONTLINE_DB</c>, else <c>./frontline.db</c>) may be
/// a path or <c>sqlite://PATH</c> (SQLite), or <c>postgres://user:pass@host:port/db</c>, <c>postgresql://…</c> or
/// <c>Host=…;Database=…</c> (PostgreSQL). Either is migrated on open.
/// </remarks>
public static class LedgerFactory
{
    /// <summary>Opens and migrates the ledger named by <paramref name="db"/> (null: environment, then default).</summary>
    /// <exception cref="FormatException">A malformed URL or connection string.</exception>
    public static async Task<ILedger> OpenAsync(string? db, TimeProvider time, CancellationToken cancellationToken)
    {
        var resolved = SqliteLedger.ResolvePath(db);
        if (PostgresUrl.IsPostgres(resolved))
        {
            var ledger = await PostgresLedger.OpenAsync(resolved, cancellationToken).ConfigureAwait(false);
            return new PostgresLedgerStores(ledger, time);
        }
        return new SqliteLedgerStores(SqliteLedger.Open(SqlitePath(resolved)), time);
    }

    /// <summary>The file path of a SQLite ledger given as a path or <c>sqlite://PATH</c> (<c>sqlite:///abs/path</c> too).</summary>
    public static string SqlitePath(string db) =>
        db.StartsWith("sqlite://", StringComparison.OrdinalIgnoreCase) ? db["sqlite://".Length..] : db;
}
