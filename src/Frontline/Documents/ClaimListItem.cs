using Frontline.Text;

namespace Frontline.Documents;

/// <summary>A claim as a list shows it: the columns of a ledger row and its latest verdict, without its spans or JSON body.</summary>
/// <remarks>
/// Lists are the hot path of the server (a page of the ledger table or of the map's markers per request), so a store
/// answers them from columns rather than parsing each claim's whole JSON body; <see cref="StoredClaim"/> is for detail.
/// </remarks>
/// <param name="Date">As SCHEMA.md writes it: <c>2022-10-05</c>, <c>2022-10-03/2022-10-09</c> or <c>unknown</c>.</param>
/// <param name="Place">The first geocoded place (else the first place) the claim names, for a map marker.</param>
/// <param name="Verdict">The claim's latest stored verdict (<c>supported</c>, …), or null before verification.</param>
public sealed record ClaimListItem(
    long Id, string DocumentHash, string DocumentName, DateOnly? Published, string Date, string Type, string Side, string Actor,
    string? Speaker, string Modality, string Quote, string? Place, string? Oblast, double? Lon, double? Lat, string? Verdict)
{
    /// <summary>The list columns of a fully read claim; what a store without a column projection answers with.</summary>
    public static ClaimListItem From(StoredClaim stored, string? verdict)
    {
        var c = stored.Claim;
        var place = c.Places.FirstOrDefault(p => p.Lon is not null && p.Lat is not null) ?? c.Places.FirstOrDefault();
        return new ClaimListItem(
            stored.Id, stored.DocumentHash, stored.DocumentName, stored.Published, c.Date.Value, c.Type, c.Attribution.Side, c.Actor,
            c.Attribution.Speaker, c.Modality, c.QuoteText, place?.Name, place?.Oblast, place?.Lon, place?.Lat, verdict);
    }
}
