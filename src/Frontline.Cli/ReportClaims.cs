using Frontline.Cli.Commands;
using Frontline.Documents;
using Frontline.Ledger;
using Frontline.Reports;

namespace Frontline.Cli;

/// <summary>The claims a report or an export reads: the ledger's claim store, which is on SQLite for now.</summary>
internal static class ReportClaims
{
    /// <summary>The claim store of the ledger, or null when the ledger is on PostgreSQL (which has no claim store yet).</summary>
    public static SqliteLedger? OpenSqlite(ILedger ledger, string? db) =>
        ledger.Kind == "sqlite" ? ClaimsContext.OpenLedger(db) : null;

    /// <summary>The main claims dated in the window; empty when the ledger holds none.</summary>
    public static async Task<IReadOnlyList<ReportClaim>> LoadAsync(ILedger ledger, string? db, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        using var sqlite = OpenSqlite(ledger, db);
        return sqlite is null ? [] : await ReportClaimSelection.SelectAsync(ClaimsContext.Store(sqlite), from, to, cancellationToken).ConfigureAwait(false);
    }
}
