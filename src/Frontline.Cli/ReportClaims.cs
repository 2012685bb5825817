using Frontline.Ledger;
using Frontline.Reports;

namespace Frontline.Cli;

/// <summary>The claims a report shows, read from the ledger's document store.</summary>
internal static class ReportClaims
{
    /// <summary>The main claims dated in the window; empty when the ledger holds none.</summary>
    public static Task<IReadOnlyList<ReportClaim>> LoadAsync(ILedger ledger, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        ReportClaimSelection.SelectAsync(ledger.Documents, from, to, cancellationToken, ledger.Verdicts);
}
