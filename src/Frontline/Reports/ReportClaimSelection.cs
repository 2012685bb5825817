using Frontline.Documents;
using Frontline.Text;
using Frontline.Verification;

namespace Frontline.Reports;

/// <summary>Picks the main claims of a window for a report: ground changing hands first, asserted before hedged, named places before none.</summary>
public static class ReportClaimSelection
{
    public const int Limit = 20;

    /// <summary>Claims dated by a wider range than this (a month, a year) are left out of a report's main claims.</summary>
    public const int MaxSpanDays = 7;

    /// <param name="verdicts">Where the claims' latest verdicts are kept (as <c>frontline verify</c> stored them); null when the ledger has none.</param>
    public static async Task<IReadOnlyList<ReportClaim>> SelectAsync(
        IDocumentStore store, DateOnly from, DateOnly to, CancellationToken cancellationToken, IVerdictStore? verdicts = null)
    {
        var claims = await store.QueryClaimsAsync(new ClaimQuery(From: from, To: to), cancellationToken).ConfigureAwait(false);
        // Claims dated to a day or a few days say what happened in the window; a year-long range only overlaps it.
        var chosen = claims
            .Where(c => c.Claim.Date is { From: { } f, To: { } t } && t.DayNumber - f.DayNumber <= MaxSpanDays)
            .OrderBy(c => Rank(c.Claim.Type))
            .ThenBy(c => c.Claim.Date.Precision == "day" ? 0 : 1)
            .ThenBy(c => c.Claim.Modality == "asserted" ? 0 : 1)
            .ThenBy(c => c.Claim.Places.Count > 0 ? 0 : 1)
            .ThenBy(c => c.Claim.Date.From)
            .ThenBy(c => c.Id)
            .Take(Limit)
            .OrderBy(c => c.Claim.Date.From).ThenBy(c => c.Id)
            .ToList();
        var result = new List<ReportClaim>(chosen.Count);
        foreach (var s in chosen)
        {
            var doc = await store.GetDocumentAsync(s.DocumentHash, cancellationToken).ConfigureAwait(false);
            var c = s.Claim;
            var verdict = verdicts is null ? null : (await verdicts.LatestAsync(s.Id, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
            result.Add(new ReportClaim(c.Date.Value, c.Type, c.Attribution.Side, c.Attribution.Speaker, c.QuoteText,
                c.Places.Select(p => p.Oblast is { } o && o != p.Name ? $"{p.Name} ({o})" : p.Name).ToList(),
                doc?.Provenance.Publisher is { Length: > 0 } pub ? $"{pub}: {s.DocumentName}" : s.DocumentName,
                doc?.Provenance.Url, verdict is null ? null : $"{verdict.Value}: {verdict.Why}"));
        }
        return result;
    }

    private static int Rank(string type) => type switch
    {
        ClaimTypes.Control => 0,
        ClaimTypes.Advance or ClaimTypes.Withdrawal => 1,
        ClaimTypes.Combat => 2,
        _ => 3,
    };
}
