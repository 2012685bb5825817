using System.Runtime.CompilerServices;
using Frontline.Documents;
using Frontline.Geometry;
using Frontline.Places;
using Frontline.Text;
using PlaceMention = Frontline.Text.PlaceMention;

namespace Frontline.Reports.Exports;

/// <summary>Claims as export features in columns close to ACLED's, one row per claim and place.</summary>
/// <remarks>
/// A claim naming two places gives two rows with the same <c>claim_id</c> (ACLED records one location per event);
/// a claim naming none gives one row without a location. <c>event_type</c> is ACLED's nearest event type;
/// <c>sub_event_type</c> is Frontline's own claim type, because ACLED's sub-event types describe events, not claims.
/// </remarks>
public static class ClaimExports
{
    public static ExportLayer Layer { get; } = new("claims", "POINT",
    [
        new("event_date", ExportType.Text), new("event_type", ExportType.Text), new("sub_event_type", ExportType.Text),
        new("actor1", ExportType.Text), new("actor2", ExportType.Text), new("admin1", ExportType.Text), new("admin2", ExportType.Text),
        new("location", ExportType.Text), new("latitude", ExportType.Real), new("longitude", ExportType.Real),
        new("geo_precision", ExportType.Integer), new("time_precision", ExportType.Integer), new("source", ExportType.Text),
        new("notes", ExportType.Text), new("claim_id", ExportType.Integer), new("side", ExportType.Text), new("speaker", ExportType.Text),
        new("modality", ExportType.Text), new("date_range", ExportType.Text), new("document", ExportType.Text),
        new("document_hash", ExportType.Text), new("url", ExportType.Text),
    ]);

    /// <summary>ACLED's event type nearest to a claim type.</summary>
    public static string EventType(string claimType) => claimType switch
    {
        ClaimTypes.Control or ClaimTypes.Advance or ClaimTypes.Withdrawal or ClaimTypes.Combat => "Battles",
        ClaimTypes.Strike => "Explosions/Remote violence",
        ClaimTypes.Civilian => "Violence against civilians",
        _ => "Strategic developments",
    };

    /// <summary>ACLED's actor name for a side: its state forces.</summary>
    public static string Actor(string side) => side switch
    {
        "UA" => "Military Forces of Ukraine",
        "RU" => "Military Forces of Russia",
        "third-party" => "Third party",
        _ => "",
    };

    /// <summary>ACLED's geo precision: 1 a town, 2 a raion or part of a region, 3 an oblast or wider.</summary>
    public static int? GeoPrecision(PlaceMention? p) => p?.Kind switch
    {
        null => null,
        "settlement" or "facility" => p.Lon is null ? 2 : 1,
        "raion" or "river" => 2,
        _ => 3,
    };

    /// <summary>ACLED's time precision: 1 a day, 2 a range of up to a week, 3 longer; null when unknown.</summary>
    public static int? TimePrecision(ClaimDate d) => d.From is not { } f || d.To is not { } t ? null
        : d.Precision == "day" ? 1
        : t.DayNumber - f.DayNumber <= 6 ? 2 : 3;

    /// <summary>Claims are read a page at a time, so an export of a million claims holds one page in memory.</summary>
    public const int PageSize = 2_000;

    /// <summary>The rows of every claim matching <paramref name="query"/>, with admin2 (raion) from the gazetteer where the place is linked to it.</summary>
    public static async IAsyncEnumerable<ExportRecord> RowsAsync(
        IDocumentStore store, ClaimQuery query, IReadOnlyDictionary<long, Settlement> gazetteer,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var documents = new Dictionary<string, Document?>(StringComparer.Ordinal);
        for (var offset = 0; ; offset += PageSize)
        {
            var page = await store.QueryClaimsAsync(query with { Offset = offset, Limit = PageSize }, cancellationToken).ConfigureAwait(false);
            if (documents.Count > PageSize)
            {
                documents.Clear(); // claims come in document order: earlier documents are not needed again
            }
            foreach (var stored in page)
            {
                await foreach (var row in Rows(store, stored, documents, gazetteer, cancellationToken).ConfigureAwait(false))
                {
                    yield return row;
                }
            }
            if (page.Count < PageSize)
            {
                yield break;
            }
        }
    }

    private static async IAsyncEnumerable<ExportRecord> Rows(
        IDocumentStore store, StoredClaim stored, Dictionary<string, Document?> documents, IReadOnlyDictionary<long, Settlement> gazetteer,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!documents.TryGetValue(stored.DocumentHash, out var doc))
        {
            doc = await store.GetDocumentAsync(stored.DocumentHash, cancellationToken).ConfigureAwait(false);
            documents[stored.DocumentHash] = doc;
        }
        var c = stored.Claim;
        var places = c.Places.Count == 0 ? [null] : c.Places.Cast<PlaceMention?>().ToList();
        foreach (var p in places)
        {
            var raion = p?.GazetteerId is { } id && gazetteer.TryGetValue(id, out var s) ? s.Raion : "";
            var point = p is { Lon: { } lon, Lat: { } lat } ? Geo.Point(lon, lat) : null;
            yield return new ExportRecord(point,
            [
                c.Date.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
                EventType(c.Type), c.Type, Actor(c.Actor), OtherSide(c), p?.Oblast ?? "", raion, p?.Name ?? "",
                p?.Lat, p?.Lon, GeoPrecision(p) is { } gp ? (long)gp : null, TimePrecision(c.Date) is { } tp ? (long)tp : null,
                Source(c, doc), c.QuoteText, stored.Id, c.Attribution.Side, c.Attribution.Speaker ?? "", c.Modality, c.Date.Value,
                stored.DocumentName, stored.DocumentHash, doc?.Provenance.Url ?? "",
            ]);
        }
    }

    /// <summary>Who reports it, as ACLED's source column: the speaker and side, via the publisher.</summary>
    public static string Source(Claim c, Document? doc)
    {
        var speaker = c.Attribution.Speaker is { } name ? $"{name} ({c.Attribution.Side})" : c.Attribution.Side;
        return doc?.Provenance.Publisher is { Length: > 0 } publisher ? $"{speaker} via {publisher}" : speaker;
    }

    private static string OtherSide(Claim c) =>
        c.Type is ClaimTypes.Control or ClaimTypes.Advance or ClaimTypes.Withdrawal or ClaimTypes.Combat or ClaimTypes.Strike
            ? c.Actor switch { "UA" => Actor("RU"), "RU" => Actor("UA"), _ => "" }
            : "";
}
