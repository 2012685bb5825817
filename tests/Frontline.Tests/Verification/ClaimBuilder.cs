using Frontline.Documents;
using Frontline.Text;

namespace Frontline.Tests.Verification;

/// <summary>Claims written by hand for verdict tests, as an analyst would enter them.</summary>
internal static class ClaimBuilder
{
    private static readonly TextSpan s_span = new(0, 1);

    public static PlaceMention Settlement(string name, string oblast, double lon, double lat, long geonameId) =>
        new(name, "settlement", oblast, s_span, $"gn:{geonameId}", geonameId, lon, lat);

    public static PlaceMention Oblast(string oblast) => new(oblast + " Oblast", "oblast", oblast, s_span, null, null, null, null);

    public static StoredClaim Claim(
        long id, string type, string actor, string date, IReadOnlyList<PlaceMention> places,
        IReadOnlyList<Quantity>? quantities = null, string side = "UA", string? speaker = null, string document = "doc", string modality = "asserted")
    {
        var parts = date.Split('/');
        var from = DateOnly.Parse(parts[0]);
        var to = parts.Length > 1 ? DateOnly.Parse(parts[1]) : from;
        var claim = new Claim(s_span, "quote", new Attribution(speaker, null, null, null, side, null, null, null, null, null),
            type, null, actor, null, places, new ClaimDate(from == to ? "day" : "range", from, to, null), quantities ?? [], modality, null);
        return new StoredClaim(id, document, document + ".txt", to, claim);
    }

    /// <summary>A claim with its real words: each place's span is where its name first occurs in <paramref name="quote"/>.</summary>
    public static StoredClaim Quoted(long id, string type, string actor, string date, string quote, params PlaceMention[] places)
    {
        var stored = Claim(id, type, actor, date, places.Select(p =>
        {
            var at = quote.IndexOf(p.Name, StringComparison.Ordinal);
            return p with { Span = new TextSpan(at, at + p.Name.Length) };
        }).ToList());
        return stored with { Claim = stored.Claim with { Quote = new TextSpan(0, quote.Length), QuoteText = quote } };
    }

    public static Quantity Km(decimal value, string? bound = null) => new(value, "km", "advance", bound, s_span);

    public static Quantity Km2(decimal value, string? bound = null) => new(value, "km2", "area", bound, s_span);
}
