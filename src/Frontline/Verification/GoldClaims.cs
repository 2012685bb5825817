using System.Globalization;
using Frontline.Documents;
using Frontline.Places;
using Frontline.Text;
using Frontline.Text.Evaluation;

namespace Frontline.Verification;

/// <summary>Gold claims (<c>*.claims.json</c>) as claims to verify: what the maps say about what a careful analyst annotated.</summary>
/// <remarks>Settlements are pinned with the place index (the named oblast first, then the most prominent match); ids count from 1 in file order.</remarks>
public static class GoldClaims
{
    public static IReadOnlyList<StoredClaim> Read(string directory, PlaceIndex places)
    {
        var list = new List<StoredClaim>();
        foreach (var path in Directory.GetFiles(directory, "*.claims.json").Order(StringComparer.Ordinal))
        {
            var gold = GoldFile.Read(path);
            DateOnly? published = DateOnly.TryParse(gold.Published, CultureInfo.InvariantCulture, out var p) ? p : null;
            foreach (var g in gold.Claims)
            {
                list.Add(new StoredClaim(list.Count + 1, "gold:" + gold.Document, gold.Document, published, ToClaim(g, places)));
            }
        }
        return list;
    }

    private static Claim ToClaim(GoldClaim g, PlaceIndex places)
    {
        var span = new TextSpan(0, g.Quote.Length);
        var mentions = g.Places.Select(pl =>
        {
            var kind = Enum.TryParse<PlaceKind>(pl.Kind, ignoreCase: true, out var k) ? k : (PlaceKind?)null;
            var entry = kind == PlaceKind.Settlement ? places.Find(pl.Name, kind, pl.Oblast).FirstOrDefault(e => e.HasPoint) : null;
            return new Frontline.Text.PlaceMention(pl.Name, pl.Kind, pl.Oblast, span, entry?.Id, entry?.GeonameId, entry?.Lon, entry?.Lat);
        }).ToList();
        return new Claim(span, g.Quote, new Attribution(g.Speaker, null, g.SpeakerRole, null, g.Side, g.Channel, null, null, null, null),
            g.Type, null, g.Actor, null, mentions, Date(g), g.Quantities.Select(q => new Quantity(q.Value, q.Unit, q.What, q.Bound, span)).ToList(),
            g.Modality, null);
    }

    private static ClaimDate Date(GoldClaim g)
    {
        var parts = g.Date.Split('/');
        if (!DateOnly.TryParse(parts[0], CultureInfo.InvariantCulture, out var from))
        {
            return ClaimDate.Unknown;
        }
        var to = parts.Length > 1 && DateOnly.TryParse(parts[1], CultureInfo.InvariantCulture, out var t) ? t : from;
        return new ClaimDate(g.DatePrecision, from, to, null);
    }
}
